package org.oversight.reporting;

import java.time.LocalDate;

/**
 * What a pack is for: the board (named as typed), the meeting it goes to (optional), the
 * "progress as at" date, who prepares it, whether it is marked for publication (then it never
 * contains exempt content) and whether exempt rows may go in at all ({@code withExempt}: false
 * for a draft prepared by someone who may not see the board's exempt business) and whether it
 * compares the linked indicators with other councils ({@code withComparisons}).
 */
public record PackRequest(String board, String meeting, LocalDate asAt, String author, boolean forPublication,
                          boolean withExempt, boolean withComparisons) {

    public PackRequest(String board, String meeting, LocalDate asAt, String author, boolean forPublication,
                       boolean withExempt) {
        this(board, meeting, asAt, author, forPublication, withExempt, false);
    }

    /** A request whose exempt rows go in unless the pack is for publication. */
    public PackRequest(String board, String meeting, LocalDate asAt, String author, boolean forPublication) {
        this(board, meeting, asAt, author, forPublication, !forPublication);
    }

    public PackRequest {
        if (board == null || board.isBlank()) {
            throw new IllegalArgumentException("Name the board the pack is for");
        }
        if (asAt == null) {
            throw new IllegalArgumentException("Give the date progress is reported as at");
        }
        board = board.strip();
        meeting = meeting == null || meeting.isBlank() ? null : meeting.strip();
        withExempt = withExempt && !forPublication;
    }

    /** The same request without exempt rows. */
    public PackRequest withoutExempt() {
        return new PackRequest(board, meeting, asAt, author, forPublication, false, withComparisons);
    }

    /** The same request, comparing the linked indicators with other councils. */
    public PackRequest comparing() {
        return new PackRequest(board, meeting, asAt, author, forPublication, withExempt, true);
    }
}
