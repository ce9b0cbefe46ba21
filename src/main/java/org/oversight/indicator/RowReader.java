package org.oversight.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the cells of a CSV or spreadsheet into typed rows, finding columns by their header
 * names and reporting each unreadable cell with its line. A leading apostrophe written to
 * keep a cell from being taken as a formula is removed again.
 */
final class RowReader {
    /** The largest figure a value's columns hold (14 digits, 3 after the point). */
    private static final BigDecimal LARGEST = new BigDecimal("99999999999");
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<IndicatorRow> rows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final boolean headerReadable;

    RowReader(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(java.util.Locale.ROOT).replace('\uFEFF', ' ').strip(), i);
        }
        for (String required : List.of("code", "unit", "polarity", "period", "value")) {
            if (!columns.containsKey(required)) {
                problems.add("The header row has no \"" + required + "\" column; the columns are "
                        + String.join(",", IndicatorRow.COLUMNS) + ".");
            }
        }
        headerReadable = problems.isEmpty();
    }

    void read(int line, List<String> cells) {
        if (!headerReadable || cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        List<String> before = new ArrayList<>(problems);
        try {
            String code = required(cells, "code");
            IndicatorRow row = new IndicatorRow(line, code, text(cells, "title"), Unit.read(required(cells, "unit")),
                    Polarity.read(required(cells, "polarity")), ReportingPeriod.parse(required(cells, "period")),
                    number(cells, "numerator"), number(cells, "denominator"), number(cells, "value"),
                    number(cells, "target"), number(cells, "statistical_neighbours"), number(cells, "england"),
                    text(cells, "part_of"), text(cells, "breakdown"), text(cells, "commentary"),
                    OtherComparator.read(text(cells, "other_comparators")), definition(cells));
            if (row.value() == null) {
                throw new IllegalArgumentException("the value is missing");
            }
            if (!seen.add(row.code() + " " + row.period())) {
                throw new IllegalArgumentException(row.code() + " " + row.period() + " appears more than once");
            }
            if (problems.size() == before.size()) {
                rows.add(row);
            }
        } catch (IllegalArgumentException e) {
            problems.add("Line " + line + ": " + e.getMessage());
        }
    }

    private DefinitionCells definition(List<String> cells) {
        return new DefinitionCells(text(cells, "owner"), text(cells, "frequency"), number(cells, "tolerance"),
                text(cells, "definition"), text(cells, "numerator_definition"), text(cells, "denominator_definition"));
    }

    IndicatorSheet sheet() {
        return new IndicatorSheet(rows, problems);
    }

    private String required(List<String> cells, String column) {
        String text = text(cells, column);
        if (text == null) {
            throw new IllegalArgumentException("the " + column + " is missing");
        }
        return text;
    }

    private String text(List<String> cells, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= cells.size() || cells.get(i) == null || cells.get(i).isBlank()) {
            return null;
        }
        return org.oversight.plan.SpreadsheetText.restore(cells.get(i).strip());
    }

    private BigDecimal number(List<String> cells, String column) {
        String text = text(cells, column);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text.replace(",", "").replace("%", ""));
            if (number.abs().compareTo(LARGEST) > 0) {
                throw new IllegalArgumentException("the " + column.replace('_', ' ') + " \"" + text
                        + "\" is too large: figures must be between -99,999,999,999 and 99,999,999,999");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + column.replace('_', ' ') + " \"" + text + "\" is not a number");
        }
    }
}
