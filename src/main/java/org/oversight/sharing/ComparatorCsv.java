package org.oversight.sharing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oversight.indicator.ReportingPeriod;

/**
 * Reads a comparator download shaped like the Department's local-authority interactive tool's:
 * a header naming {@code LA code}, {@code LA name}, {@code indicator}, {@code period} and
 * {@code value} (in any order, any case, spaces or underscores), then one figure a row. Every
 * problem names its row and cell. Suppressed figures ({@code x}, {@code c}, {@code z}, {@code low},
 * {@code .}) are left out with a warning.
 */
final class ComparatorCsv {
    static final List<String> COLUMNS = List.of("la code", "la name", "indicator", "period", "value");
    private static final Set<String> SUPPRESSED = Set.of("x", "c", "z", "low", ".", ":");

    private ComparatorCsv() {
    }

    static ComparatorReading read(String text) {
        List<List<String>> lines = CsvLines.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<ComparatorProblem> errors = new ArrayList<>();
        List<ComparatorProblem> warnings = new ArrayList<>();
        List<ComparatorRow> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            errors.add(new ComparatorProblem(1, null, "EMPTY_FILE", "The file is empty: it needs a header row and figures"));
            return new ComparatorReading(rows, errors, warnings);
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> header = lines.get(0);
        for (int i = 0; i < header.size(); i++) {
            at.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT).replace('_', ' '), i);
        }
        for (String column : COLUMNS) {
            if (!at.containsKey(column)) {
                errors.add(new ComparatorProblem(1, column, "MISSING_COLUMN", "The header has no \"" + column + "\" column"));
            }
        }
        if (!errors.isEmpty()) {
            return new ComparatorReading(rows, errors, warnings);
        }
        Set<String> seen = new HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            List<String> cells = lines.get(n);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            new RowCheck(n + 1, cells, at, errors, warnings).read().ifPresent(row -> {
                if (!seen.add(row.laCode() + "|" + row.indicator() + "|" + row.period())) {
                    errors.add(new ComparatorProblem(row.row(), null, "DUPLICATE_ROW", "A second figure for " + row.laName()
                            + ", " + row.indicator() + ", " + row.period()));
                } else {
                    rows.add(row);
                }
            });
        }
        return new ComparatorReading(rows, errors, warnings);
    }

    /** One row's cells read and checked. */
    private record RowCheck(int row, List<String> cells, Map<String, Integer> at, List<ComparatorProblem> errors,
                            List<ComparatorProblem> warnings) {
        java.util.Optional<ComparatorRow> read() {
            int before = errors.size();
            String code = required("la code");
            String name = required("la name");
            String indicator = required("indicator");
            String periodText = required("period");
            String period = null;
            if (periodText != null) {
                try {
                    period = ReportingPeriod.parse(periodText).toString();
                } catch (RuntimeException e) {
                    errors.add(new ComparatorProblem(row, "period", "UNREADABLE_PERIOD", "\"" + periodText
                            + "\" is not a period: write 2016/17, 2017/18 Q2, 2017-03-31 or 2016"));
                }
            }
            String valueText = required("value");
            BigDecimal value = null;
            if (valueText != null && SUPPRESSED.contains(valueText.toLowerCase(Locale.ROOT))) {
                warnings.add(new ComparatorProblem(row, "value", "SUPPRESSED", "No figure published (\"" + valueText
                        + "\"); the row is left out"));
                return java.util.Optional.empty();
            }
            if (valueText != null) {
                try {
                    value = new BigDecimal(valueText.replace(",", ""));
                } catch (NumberFormatException e) {
                    errors.add(new ComparatorProblem(row, "value", "UNREADABLE_VALUE", "\"" + valueText + "\" is not a number"));
                }
            }
            return errors.size() > before ? java.util.Optional.empty()
                    : java.util.Optional.of(new ComparatorRow(row, code, name, indicator, period, value));
        }

        private String required(String column) {
            int index = at.get(column);
            String text = index < cells.size() ? cells.get(index).strip() : "";
            if (text.isEmpty()) {
                errors.add(new ComparatorProblem(row, column, "MISSING_CELL", "The " + column + " is empty"));
                return null;
            }
            return text;
        }
    }
}
