package org.oversight.governance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A board's meetings as an RFC 5545 iCalendar: CRLF line ends, lines folded at 75 octets,
 * text escaped, times in Europe/London with its VTIMEZONE. Only public items are described.
 */
@PublicOutput
final class MeetingCalendar {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String TIMEZONE = String.join("\n", "BEGIN:VTIMEZONE", "TZID:Europe/London",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19810329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19961027T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD", "END:VTIMEZONE");

    private MeetingCalendar() {
    }

    static String of(Board board, List<Meeting> meetings, PublicationPolicy policy, Instant now, String host) {
        StringBuilder lines = new StringBuilder();
        add(lines, "BEGIN:VCALENDAR");
        add(lines, "VERSION:2.0");
        add(lines, "PRODID:-//Oversight//Board meetings//EN");
        add(lines, "CALSCALE:GREGORIAN");
        add(lines, "METHOD:PUBLISH");
        add(lines, "X-WR-CALNAME:" + escape(board.getName()));
        add(lines, "X-WR-TIMEZONE:Europe/London");
        TIMEZONE.lines().forEach(l -> add(lines, l));
        for (Meeting meeting : meetings) {
            LocalTime start = meeting.getStartsAt() != null ? meeting.getStartsAt()
                    : meeting.getStartedAt() != null ? meeting.getStartedAt() : LocalTime.of(10, 0);
            LocalDateTime begins = meeting.getDate().atTime(start);
            LocalDateTime ends = meeting.getFinishedAt() != null && meeting.getFinishedAt().isAfter(start)
                    ? meeting.getDate().atTime(meeting.getFinishedAt()) : begins.plusHours(2);
            add(lines, "BEGIN:VEVENT");
            add(lines, "UID:meeting-" + meeting.getId() + "@" + host);
            add(lines, "DTSTAMP:" + UTC.format(now));
            add(lines, "DTSTART;TZID=Europe/London:" + LOCAL.format(begins));
            add(lines, "DTEND;TZID=Europe/London:" + LOCAL.format(ends));
            add(lines, "SUMMARY:" + escape(board.getName()));
            if (meeting.getVenue() != null) {
                add(lines, "LOCATION:" + escape(meeting.getVenue()));
            }
            String agenda = policy.publicItems(meeting).stream()
                    .map(i -> (i.getNumber() == null ? "" : i.getNumber() + " ") + i.getTitle()).collect(Collectors.joining("\n"));
            if (!agenda.isEmpty()) {
                add(lines, "DESCRIPTION:" + escape("Agenda:\n" + agenda));
            }
            add(lines, "STATUS:CONFIRMED");
            add(lines, "END:VEVENT");
        }
        add(lines, "END:VCALENDAR");
        return lines.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends one content line folded at 75 octets, never splitting a UTF-8 character. */
    static void add(StringBuilder out, String line) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
