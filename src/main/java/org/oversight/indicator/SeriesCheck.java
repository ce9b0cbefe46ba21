package org.oversight.indicator;

import static org.oversight.indicator.FigureText.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks across one indicator's series: periods missing between its first and last value
 * (of each kind), and, for counts, quarters that contradict the year's stated figure (the
 * quarters of a count are taken as what happened in each quarter, so they add up to the year).
 */
final class SeriesCheck {
    private SeriesCheck() {
    }

    static List<IndicatorWarning> check(Collection<CheckedFigure> figures) {
        List<IndicatorWarning> warnings = new ArrayList<>();
        Map<String, List<CheckedFigure>> series = IntegrityChecks.group(figures, CheckedFigure::code);
        for (List<CheckedFigure> values : series.values()) {
            warnings.addAll(missingPeriods(values));
            if (values.get(0).unit() == Unit.COUNT) {
                warnings.addAll(yearToDate(values));
            }
        }
        return warnings;
    }

    static List<IndicatorWarning> missingPeriods(List<CheckedFigure> values) {
        List<IndicatorWarning> warnings = new ArrayList<>();
        String code = values.get(0).code();
        Map<ReportingPeriod.Kind, List<CheckedFigure>> byKind = values.stream()
                .collect(Collectors.groupingBy(f -> f.period().kind()));
        byKind.forEach((kind, ofKind) -> {
            if (kind == ReportingPeriod.Kind.AS_AT) {
                return;
            }
            java.util.TreeMap<ReportingPeriod, CheckedFigure> present = new java.util.TreeMap<>();
            ofKind.forEach(f -> present.put(f.period(), f));
            for (ReportingPeriod p = present.firstKey().next(); p.compareTo(present.lastKey()) < 0; p = p.next()) {
                if (!present.containsKey(p) && !present.higherEntry(p).getValue().accepted().contains(acceptedAs(p))) {
                    warnings.add(new IndicatorWarning(IndicatorWarning.MISSING_PERIOD, code, p.toString(),
                            code + " has no value for " + p + " between " + present.firstKey() + " and " + present.lastKey() + "."));
                }
            }
        });
        return warnings;
    }

    /**
     * How accepting a missing period is recorded: on the value just after the gap, as the
     * warning's code with the missing period, since there is no value of its own to record it on.
     */
    static String acceptedAs(ReportingPeriod missing) {
        return IndicatorWarning.MISSING_PERIOD + " " + missing;
    }

    static List<IndicatorWarning> yearToDate(List<CheckedFigure> values) {
        List<IndicatorWarning> warnings = new ArrayList<>();
        Map<ReportingPeriod, CheckedFigure> years = values.stream()
                .filter(f -> f.period().kind() == ReportingPeriod.Kind.FINANCIAL_YEAR)
                .collect(Collectors.toMap(CheckedFigure::period, f -> f, (a, b) -> a));
        Map<ReportingPeriod, List<CheckedFigure>> quarters = values.stream().filter(f -> f.period().isQuarter())
                .collect(Collectors.groupingBy(f -> f.period().financialYear()));
        quarters.forEach((year, inYear) -> {
            CheckedFigure stated = years.get(year);
            if (stated == null || stated.accepted().contains(IndicatorWarning.YEAR_TO_DATE_MISMATCH)) {
                return;
            }
            BigDecimal sum = inYear.stream().map(CheckedFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean complete = inYear.size() == 4;
            int against = sum.compareTo(stated.value());
            if (complete ? against != 0 : against > 0) {
                warnings.add(new IndicatorWarning(IndicatorWarning.YEAR_TO_DATE_MISMATCH, stated.code(), year.toString(),
                        stated.code() + " " + year + ": the year's figure is " + plain(stated.value()) + " but "
                                + quarterList(inYear) + " add up to " + plain(sum) + "."));
            }
        });
        return warnings;
    }

    private static String quarterList(List<CheckedFigure> inYear) {
        Set<String> names = new TreeSet<>();
        inYear.forEach(f -> names.add("Q" + f.period().quarter() + " " + plain(f.value())));
        return (inYear.size() == 4 ? "the four quarters (" : "the quarters so far (") + String.join(", ", names) + ")";
    }
}
