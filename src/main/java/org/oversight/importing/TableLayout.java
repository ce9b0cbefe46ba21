package org.oversight.importing;

import static org.oversight.importing.PlanField.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a table holds which field, found from its header row and the rows below it.
 * A narrow first column with no header (or one the headers do not name) that holds numbers is
 * the recommendation number column; so is the first half of a "Recommendation" header spread
 * over two columns, the numbers in the first and the words in the second. Columns with no
 * header that hold text are noted, for a warning.
 */
record TableLayout(Map<PlanField, Integer> columns, int width, List<Integer> unnamed, String why) {
    private static final int LOOK_AHEAD = 200;

    static TableLayout of(List<String> headers, List<SourceRow> rows, int headerIndex, ColumnMapping mapping, Integer numberColumn) {
        Map<PlanField, Integer> columns = new EnumMap<>(PlanField.class);
        for (int c = 0; c < headers.size(); c++) {
            PlanField field = mapping.fieldOf(headers.get(c));
            if (field != IGNORED) {
                columns.putIfAbsent(field, c);
            }
        }
        List<SourceRow> data = rows.subList(headerIndex + 1, Math.min(rows.size(), headerIndex + 1 + LOOK_AHEAD)).stream()
                .takeWhile(r -> !PlanField.isHeader(r.cells().stream().map(SourceCell::text).toList())).toList();
        String why = "the header row names the columns";
        if (!columns.containsKey(RECOMMENDATION_NUMBER) && !columns.containsKey(KEY_DELIVERABLE) && !headers.isEmpty()) {
            boolean firstUnnamed = mapping.fieldOf(headers.get(0)) == IGNORED;
            boolean spreadOverTwo = Integer.valueOf(0).equals(columns.get(RECOMMENDATION)) && headers.size() > 1
                    && headers.get(1).isBlank();
            if ((firstUnnamed || spreadOverTwo) && numbers(data, 0)) {
                columns.put(RECOMMENDATION_NUMBER, 0);
                if (spreadOverTwo) {
                    columns.put(RECOMMENDATION, 1);
                }
                why = "column 1 has no header of its own but holds numbers, so it is the recommendation number";
            }
        }
        if (numberColumn != null && numberColumn >= 1 && numberColumn <= headers.size()) {
            int c = numberColumn - 1;
            boolean wasText = Integer.valueOf(c).equals(columns.get(RECOMMENDATION));
            columns.values().removeIf(v -> v == c);
            columns.put(RECOMMENDATION_NUMBER, c);
            if (wasText && c + 1 < headers.size() && !columns.containsValue(c + 1)) {
                columns.put(RECOMMENDATION, c + 1);
            }
            why = "column " + numberColumn + " is the recommendation number, as the corrections say";
        }
        List<Integer> unnamed = new java.util.ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            int column = c;
            if (headers.get(c).isBlank() && !columns.containsValue(c)
                    && data.stream().anyMatch(r -> r.cells().size() > column && !r.cells().get(column).isBlank()
                    && r.cells().stream().filter(x -> !x.isBlank()).count() > 1)) {
                unnamed.add(c);
            }
        }
        return new TableLayout(columns, headers.size(), unnamed, why);
    }

    /** Whether most filled cells of the column, and at least one, read as recommendation numbers. */
    private static boolean numbers(List<SourceRow> data, int column) {
        int filled = 0;
        int numbers = 0;
        for (SourceRow row : data) {
            if (row.cells().size() <= column || row.cells().get(column).isBlank() || row.cells().get(column).continuesAbove()) {
                continue;
            }
            SourceCell cell = row.cells().get(column);
            if (row.cells().stream().filter(x -> !x.isBlank()).count() == 1) {
                continue;
            }
            filled++;
            RecommendationNumbers.Found found = RecommendationNumbers.cell(cell);
            if (found != null && found.rest().length() <= 3) {
                numbers++;
            }
        }
        return numbers > 0 && numbers * 2 >= filled;
    }

    boolean has(PlanField field) {
        return columns.containsKey(field);
    }

    /** The field this column holds, or null. */
    PlanField fieldAt(int column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
