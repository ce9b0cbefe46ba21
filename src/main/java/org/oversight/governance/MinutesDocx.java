package org.oversight.governance;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns a Word document of minutes into the text {@link MinutesReader} reads: one line per
 * paragraph, a blank line between paragraphs, table cells side by side, and automatically
 * numbered list paragraphs given their number ("1)") so their points stay points.
 */
public final class MinutesDocx {
    private MinutesDocx() {
    }

    /**
     * The text of minutes from a file of this name: a Word document (.docx) read as above, a PDF
     * read by {@link MinutesPdf}, any other file as UTF-8 text; another binary file is refused,
     * naming what is read.
     */
    static String textOf(String fileName, InputStream in) throws IOException {
        if (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            return text(in);
        }
        byte[] bytes = in.readAllBytes();
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("%PDF")) {
            return MinutesPdf.read(bytes).text();
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new IOException("minutes are read from a Word document (.docx), a PDF with text or from text");
        }
        return text;
    }

    public static String text(InputStream docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(docx)) {
            StringBuilder text = new StringBuilder();
            java.util.Map<java.math.BigInteger, Integer> counters = new java.util.HashMap<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    text.append(paragraph(p, counters)).append("\n\n");
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            text.append(cell.getText().strip()).append(' ');
                        }
                        text.append("\n\n");
                    }
                }
            }
            return text.toString();
        }
    }

    private static String paragraph(XWPFParagraph p, java.util.Map<java.math.BigInteger, Integer> counters) {
        String line = p.getText().strip();
        if (p.getNumID() == null || line.isEmpty()) {
            counters.clear();
            return line;
        }
        int n = counters.merge(p.getNumID(), 1, Integer::sum);
        String format = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
        String marker = switch (format) {
            case "lowerRoman" -> "(" + roman(n) + ")";
            case "lowerLetter" -> "(" + (char) ('a' + n - 1) + ")";
            case "bullet" -> "-";
            default -> n + ")";
        };
        return marker + " " + line;
    }

    private static String roman(int n) {
        String[] numerals = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};
        return n <= numerals.length ? numerals[n - 1] : String.valueOf(n);
    }
}
