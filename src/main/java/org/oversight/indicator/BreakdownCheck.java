package org.oversight.indicator;

import static org.oversight.indicator.FigureText.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parts of a total must add up to it for the same period: rows sharing {@code part_of} and
 * {@code breakdown} must sum to the total's count. An indicator that is merely a subset of
 * another, without {@code part_of}, is not a part and is never summed.
 */
final class BreakdownCheck {
    private BreakdownCheck() {
    }

    static List<IndicatorWarning> check(Map<String, CheckedFigure> byKey) {
        List<CheckedFigure> parts = byKey.values().stream().filter(f -> f.partOf() != null).toList();
        Map<String, List<CheckedFigure>> groups = IntegrityChecks.group(parts,
                f -> f.partOf() + "\u0000" + f.breakdown() + "\u0000" + f.period());
        List<IndicatorWarning> warnings = new ArrayList<>();
        for (List<CheckedFigure> group : groups.values()) {
            CheckedFigure first = group.get(0);
            CheckedFigure total = byKey.get(first.partOf() + "\u0000" + first.period());
            if (total == null || total.accepted().contains(IndicatorWarning.SUM_MISMATCH)) {
                continue;
            }
            BigDecimal count = countOf(total);
            BigDecimal sum = sum(group);
            if (count != null && sum != null && count.compareTo(sum) != 0) {
                warnings.add(mismatch(total, group, count, sum));
            }
        }
        return warnings;
    }

    private static IndicatorWarning mismatch(CheckedFigure total, List<CheckedFigure> group, BigDecimal count, BigDecimal sum) {
        String parts = group.stream().map(p -> p.code() + " " + plain(partCount(p))).collect(Collectors.joining(", "));
        String label = group.get(0).breakdown() == null ? "breakdown" : "\"" + group.get(0).breakdown() + "\" breakdown";
        return new IndicatorWarning(IndicatorWarning.SUM_MISMATCH, total.code(), total.period().toString(),
                total.code() + " " + total.period() + ": the " + label + " (" + parts + ") adds up to " + plain(sum)
                        + " but the total is " + plain(count) + ", a difference of " + plain(count.subtract(sum).abs()) + ".");
    }

    /** A total's count: its value when it counts, otherwise the denominator it was worked out from. */
    private static BigDecimal countOf(CheckedFigure total) {
        return total.unit() == Unit.COUNT ? total.value() : total.denominator();
    }

    private static BigDecimal partCount(CheckedFigure part) {
        return part.unit() == Unit.COUNT ? part.value() : part.numerator();
    }

    private static BigDecimal sum(List<CheckedFigure> group) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CheckedFigure part : group) {
            BigDecimal count = partCount(part);
            if (count == null) {
                return null;
            }
            sum = sum.add(count);
        }
        return sum;
    }
}
