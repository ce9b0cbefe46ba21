package org.oversight.governance;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What resolutions ask for: points asking someone to do or bring something become follow-ups;
 * points that add, move or remove work programme items become work programme changes.
 */
public final class MinuteAsks {
    private static final String DATE = "(\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+(?: \\d{4})?)";
    private static final Pattern MOVE = Pattern.compile("(?i)^that (?:the )?(.+?) (?:be|is) (?:moved|deferred|rescheduled)"
            + " from (?:the )?(?:meeting on )?" + DATE + " to (?:the )?(?:meeting on )?" + DATE);
    private static final Pattern ADD = Pattern.compile("(?i)^that (?:the |an? )?(.+?) (?:be|is) (?:included|added|placed|scheduled)"
            + " (?:on|to|in|into) the work programme (?:for|at) (?:the )?(?:meeting (?:on|of) )?" + DATE);
    private static final Pattern REMOVE = Pattern.compile("(?i)^that (?:the )?(.+?) (?:be|is) removed from the work programme");
    private static final Pattern ASKS = Pattern.compile("(?i)\\b(report(?:s|ed)?|bring|brought|submit(?:ted)?|provided?"
            + "|circulated?|feed ?back|present(?:ed)?|include[ds]?|investigated?|arranged?|write to|prepared?"
            + "|recommend to|look into|share[ds]?|send|sent|be requested|be asked|come back|return to)\\b");
    private static final Pattern NOT_ASKS = Pattern.compile("(?i)confirmed and signed|correct record|public be excluded"
            + "|press and public|be (?:noted|received|approved|endorsed|agreed)\\b");
    private static final Pattern OWNER = Pattern.compile("(?i)\\b((?:the )?(?:Director|Head|Assistant Director) of [A-Z][\\w']*(?: [A-Z][\\w']*)*"
            + "|the Chair(?:man)?|the Clerk|the Portfolio Holder(?: for [A-Z][\\w']*(?: [A-Z][\\w']*)*)?|officers?)\\b");
    private static final Pattern MONTH_MEETING = Pattern.compile("(?i)\\b(?:at|to|for) the ([a-z]+) (?:\\d{4} )?meeting");
    private static final Pattern NEXT = Pattern.compile("(?i)\\bnext meeting");
    private static final Pattern ON_DATE = Pattern.compile("(?i)\\b(?:by|on|for|before) (?:the )?" + DATE);

    /** A follow-up the minutes ask for: the request, who should act, and when it is due. */
    public record Ask(String minuteNumber, String request, String owner, LocalDate dueDate, String dueNote, boolean exempt) {
    }

    /** A work programme change the minutes record. {@code from} is null for an addition, {@code to} for a removal. */
    public record ProgrammeChange(String title, LocalDate from, LocalDate to) {
    }

    private MinuteAsks() {
    }

    public static List<Ask> followUps(ReadMinutes minutes) {
        List<Ask> asks = new ArrayList<>();
        for (ReadMinutes.Item item : minutes.items()) {
            for (ReadMinutes.ReadDecision decision : item.decisions()) {
                if (decision.kind() != DecisionKind.RESOLVED) {
                    continue;
                }
                for (String point : decision.asks()) {
                    if (isFollowUp(point)) {
                        asks.add(ask(item, point, minutes.date()));
                    }
                }
            }
        }
        return asks;
    }

    static boolean isFollowUp(String point) {
        return programmeChange(point, null) == null && ASKS.matcher(point).find() && !NOT_ASKS.matcher(point).find();
    }

    private static Ask ask(ReadMinutes.Item item, String point, LocalDate meetingDate) {
        Matcher owner = OWNER.matcher(point);
        String who = owner.find() ? capitalise(owner.group(1).replaceFirst("(?i)^the ", "")) : "Officers";
        if (who.equalsIgnoreCase("officer") || who.equalsIgnoreCase("officers")) {
            who = "Officers";
        }
        LocalDate due = null;
        String note = null;
        Matcher month = MONTH_MEETING.matcher(point);
        Matcher on = ON_DATE.matcher(point);
        if (month.find() && monthOf(month.group(1)) != null) {
            note = "the " + capitalise(month.group(1).toLowerCase()) + " meeting";
        } else if (NEXT.matcher(point).find()) {
            note = "the next meeting";
        } else if (on.find()) {
            due = dateAfter(on.group(1), meetingDate);
        } else if (point.toLowerCase().contains("future meeting")) {
            note = "a future meeting";
        }
        return new Ask(item.number(), point, who, due, note, item.exempt());
    }

    public static List<ProgrammeChange> programmeChanges(ReadMinutes minutes) {
        List<ProgrammeChange> changes = new ArrayList<>();
        for (ReadMinutes.Item item : minutes.items()) {
            item.decisions().stream().filter(d -> d.kind() == DecisionKind.RESOLVED).flatMap(d -> d.asks().stream())
                    .map(p -> programmeChange(p, minutes.date())).filter(c -> c != null && !item.exempt()).forEach(changes::add);
        }
        return changes;
    }

    static ProgrammeChange programmeChange(String point, LocalDate meetingDate) {
        Matcher move = MOVE.matcher(point);
        if (move.find()) {
            return new ProgrammeChange(move.group(1).strip(), dateAfter(move.group(2), meetingDate), dateAfter(move.group(3), meetingDate));
        }
        Matcher add = ADD.matcher(point);
        if (add.find()) {
            return new ProgrammeChange(add.group(1).strip(), null, dateAfter(add.group(2), meetingDate));
        }
        Matcher remove = REMOVE.matcher(point);
        return remove.find() ? new ProgrammeChange(remove.group(1).strip(), null, null) : null;
    }

    /** "5 January 2010", or "5 January" taken as the next such day after the meeting. */
    static LocalDate dateAfter(String text, LocalDate meetingDate) {
        LocalDate full = MinutesReader.parseDate(text);
        if (full != null || meetingDate == null) {
            return full;
        }
        LocalDate guess = MinutesReader.parseDate(text + " " + meetingDate.getYear());
        return guess != null && guess.isBefore(meetingDate) ? guess.plusYears(1) : guess;
    }

    static Month monthOf(String word) {
        for (Month m : Month.values()) {
            if (m.name().equalsIgnoreCase(word)) {
                return m;
            }
        }
        return null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.UK) + s.substring(1);
    }
}
