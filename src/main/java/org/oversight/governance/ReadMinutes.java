package org.oversight.governance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Minutes of one meeting as read from a document, before anything is stored. */
public record ReadMinutes(String board, LocalDate date, String venue, List<String> present, List<String> apologies,
                          List<String> substitutes, List<String> officers, List<String> inAttendance,
                          LocalTime startedAt, LocalTime finishedAt, String declarations, List<Item> items) {

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

    public ReadMinutes withBoardAndDate(String boardName, LocalDate on) {
        return new ReadMinutes(boardName == null ? board : boardName, on == null ? date : on, venue, present, apologies,
                substitutes, officers, inAttendance, startedAt, finishedAt, declarations, items);
    }
}
