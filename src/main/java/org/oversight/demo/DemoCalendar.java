package org.oversight.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Places the demo plan in time relative to today. Month 0 is the first month of the plan
 * period; round r (1 to 12) is "progress as at" the first day of month r, so round 12 falls
 * in the current month and every deadline up to the end of month 11 has passed.
 */
final class DemoCalendar {
    static final int ROUNDS = 12;
    private static final String[] SHORT_MONTHS =
            {"Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"};

    private final LocalDate start;
    private final ZoneId zone;

    DemoCalendar(LocalDate today, ZoneId zone) {
        this.start = today.withDayOfMonth(1).minusMonths(ROUNDS);
        this.zone = zone;
    }

    LocalDate monthStart(int month) { return start.plusMonths(month); }

    LocalDate monthEnd(int month) { return monthStart(month).with(TemporalAdjusters.lastDayOfMonth()); }

    LocalDate round(int round) { return monthStart(round); }

    LocalDate periodStart() { return start; }

    /** The plan runs for fifteen months, so it ends a couple of months after the latest round. */
    LocalDate periodEnd() { return monthEnd(14); }

    /** The inspection took place two months before the plan period began. */
    LocalDate inspection() { return monthStart(-2); }

    /** "March 2026", as officers write a month. */
    String monthYear(int month) {
        LocalDate d = monthStart(month);
        return monthName(d) + " " + d.getYear();
    }

    /** "Sept 2025", the short form officers often use. */
    String shortMonthYear(int month) {
        LocalDate d = monthStart(month);
        return SHORT_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    String monthName(LocalDate d) { return d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK); }

    /** A board meeting in the month before a round: the second Tuesday, written "14 October". */
    String meetingBefore(int round) {
        LocalDate d = monthStart(round - 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        return d.getDayOfMonth() + " " + monthName(d);
    }

    /** When a round's updates were typed in: late afternoon two days before the as-at date. */
    Instant recordedFor(int round) {
        return round(round).minusDays(2).atTime(LocalTime.of(16, 30)).atZone(zone).toInstant();
    }

    /** Fills {prev}, {month} and {next} with month names around a round, and {meeting}. */
    String fill(String text, int round) {
        return text.replace("{prev}", monthName(round(round - 1)))
                .replace("{month}", monthName(round(round)))
                .replace("{next}", monthName(round(round + 1)))
                .replace("{meeting}", meetingBefore(round));
    }
}
