package org.oversight.plan;

/**
 * Text cells of the CSV files Oversight writes, made safe to open in a spreadsheet (OWASP's
 * advice against formula injection): a cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is written with a leading apostrophe, so that the
 * spreadsheet shows it as text instead of running it. Reading gives back what the person wrote:
 * the one apostrophe added is taken off again. A cell that already begins with apostrophes before
 * such a character gets one more, so that it too comes back exactly. Numbers (an indicator's
 * figure of -1.5) are not text cells and are written as they are.
 */
public final class SpreadsheetText {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The cell as written to a CSV file. */
    public static String neutralise(String cell) {
        return cell != null && startsLikeAFormula(cell) ? "'" + cell : cell;
    }

    /** The cell as the person wrote it, from a CSV file that {@link #neutralise} wrote. */
    public static String restore(String cell) {
        return cell != null && cell.startsWith("'") && startsLikeAFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** Begins, after any apostrophes, with a character a spreadsheet takes as the start of a formula. */
    private static boolean startsLikeAFormula(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0;
    }
}
