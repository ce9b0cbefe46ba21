package org.oversight.governance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Minutes of one meeting as read from a document, before anything is stored, with what the
 * reader was unsure of as warnings that name the line.
 */
public record ReadMinutes(String board, LocalDate date, String venue, List<String> present, List<String> apologies,
                          List<String> substitutes, List<String> officers, List<String> inAttendance,
                          LocalTime startedAt, LocalTime finishedAt, String declarations, List<Item> items,
                          List<Warning> warnings) {

    /** Warning codes for a board or date the minutes do not give; a board or date given by hand settles them. */
    public static final String NO_BOARD = "NO_BOARD_NAMED";
    public static final String NO_DATE = "NO_MEETING_DATE";

    public ReadMinutes(String board, LocalDate date, String venue, List<String> present, List<String> apologies,
                       List<String> substitutes, List<String> officers, List<String> inAttendance,
                       LocalTime startedAt, LocalTime finishedAt, String declarations, List<Item> items) {
        this(board, date, venue, present, apologies, substitutes, officers, inAttendance, startedAt, finishedAt,
                declarations, items, List.of());
    }

    /** One minuted item; {@code exempt} when taken after the press and public were excluded. */
    public record Item(String number, String title, boolean exempt, String exemptParagraph, String summary,
                       List<ReadDecision> decisions) {
    }

    /** A decision with its kind, its lead-in text and its numbered points. */
    public record ReadDecision(DecisionKind kind, String text, List<String> points) {
        /** The points one by one, or the text when there are none. */
        public List<String> asks() {
            return points.isEmpty() && text != null && !text.isBlank() ? List.of(text) : points;
        }
    }

    /** Something the reader was unsure of: a code, the line of the document (null: the whole document) and what to check. */
    public record Warning(String code, Integer line, String message) {
    }

    public ReadMinutes withBoardAndDate(String boardName, LocalDate on) {
        String b = boardName == null || boardName.isBlank() ? board : boardName.strip();
        LocalDate d = on == null ? date : on;
        List<Warning> left = warnings.stream().filter(w -> !(b != null && NO_BOARD.equals(w.code()))
                && !(d != null && NO_DATE.equals(w.code()))).toList();
        return new ReadMinutes(b, d, venue, present, apologies, substitutes, officers, inAttendance, startedAt, finishedAt,
                declarations, items, left);
    }
}
