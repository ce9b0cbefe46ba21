package org.oversight.sharing;

/**
 * An error or warning about one row (and cell) of a comparator download: the row's number in the
 * file (the header is row 1), the column's heading (null for the whole row), a code and words.
 */
public record ComparatorProblem(int row, String column, String code, String message) {
    /** "Row 4, value: ..." as the import page and the command line show it. */
    public String where() {
        return "Row " + row + (column == null ? "" : ", " + column);
    }
}
