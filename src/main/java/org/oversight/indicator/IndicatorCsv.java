package org.oversight.indicator;

import java.util.ArrayList;
import java.util.List;
import org.oversight.plan.SpreadsheetText;

/**
 * Reads and writes the indicator values CSV (UTF-8, header row, one value a row). Fields with
 * commas, quotes or line breaks are quoted; a text cell that a spreadsheet would take as a
 * formula (starting = + - @, tab or carriage return) is written with a leading apostrophe
 * ({@link SpreadsheetText}); the figures are numbers and are written as they are, so -1.5 stays
 * a number.
 */
public final class IndicatorCsv {
    private IndicatorCsv() {
    }

    public static IndicatorSheet read(String text) {
        List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            return new IndicatorSheet(List.of(), List.of("The file is empty: it needs a header row and one row a value."));
        }
        RowReader reader = new RowReader(records.get(0));
        for (int i = 1; i < records.size(); i++) {
            reader.read(i + 1, records.get(i));
        }
        return reader.sheet();
    }

    public static String write(List<IndicatorRow> rows) {
        StringBuilder out = new StringBuilder(String.join(",", IndicatorRow.ALL_COLUMNS)).append("\r\n");
        for (IndicatorRow row : rows) {
            String[] cells = row.cells();
            for (int i = 0; i < cells.length; i++) {
                out.append(i == 0 ? "" : ",").append(field(cells[i], !IndicatorRow.numeric(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String field(String cell, boolean text) {
        String safe = text ? SpreadsheetText.neutralise(cell) : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** Splits CSV text into records of fields, honouring quotes. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
