package org.oversight.importing.formats;

import java.util.ArrayList;
import java.util.List;
import org.oversight.importing.SourceCell;
import org.oversight.plan.SpreadsheetText;
import org.oversight.importing.SourceRow;
import org.oversight.importing.SourceTable;

/** RFC 4180 records from CSV text with a given delimiter; lenient where files in the wild are. */
final class CsvRecords {
    private static final char[] DELIMITERS = {'\t', ';', ','};
    private static final int SAMPLE = 16 * 1024;
    private final String text;
    private final char delimiter;
    private int position;
    private int line = 1;

    CsvRecords(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** The delimiter used most, outside quotes, in the first part of the text; on a tie tab, then semicolon, then comma. */
    static char delimiterOf(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < Math.min(text.length(), SAMPLE); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
                counts[d] += c == DELIMITERS[d] ? 1 : 0;
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            best = counts[d] > counts[best] ? d : best;
        }
        return DELIMITERS[best];
    }

    SourceTable table(String location) {
        List<SourceRow> rows = new ArrayList<>();
        while (position < text.length()) {
            int number = line;
            SourceRow row = new SourceRow(number, record());
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new SourceTable(location, rows);
    }

    private List<SourceCell> record() {
        List<SourceCell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (quoted) {
                if (c == '"' && peek() == '"') {
                    field.append('"');
                    position++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == delimiter) {
                cells.add(cell(field));
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    position++;
                }
                line++;
                break;
            } else {
                field.append(c);
            }
        }
        cells.add(cell(field));
        return cells;
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private static SourceCell cell(StringBuilder field) {
        SourceCell cell = new SourceCell(List.of(SpreadsheetText.restore(field.toString()).split("\\R")), false);
        field.setLength(0);
        return cell;
    }
}
