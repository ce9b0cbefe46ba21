package org.oversight.reporting;

import java.time.LocalDate;

/**
 * What a pack is for: the board (named as typed), the meeting it goes to (optional), the
 * "progress as at" date, who prepares it, and whether it is marked for publication (then it
 * never contains exempt content).
 */
public record PackRequest(String board, String meeting, LocalDate asAt, String author, boolean forPublication) {

    public PackRequest {
        if (board == null || board.isBlank()) {
            throw new IllegalArgumentException("Name the board the pack is for");
        }
        if (asAt == null) {
            throw new IllegalArgumentException("Give the date progress is reported as at");
        }
        board = board.strip();
        meeting = meeting == null || meeting.isBlank() ? null : meeting.strip();
    }
}
