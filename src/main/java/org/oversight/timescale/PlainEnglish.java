package org.oversight.timescale;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Puts a reading into a short plain-English sentence. */
final class PlainEnglish {

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Timescale timescale;

    PlainEnglish(Timescale timescale) {
        this.timescale = timescale;
    }

    String sentence() {
        return switch (timescale.kind()) {
            case DATE -> "Deadline " + date(timescale.due()) + afterwards();
            case REVIEW -> "Review by " + date(timescale.due()) + afterwards();
            case RECURRING -> capitalised(every(timescale.recurrence())) + from() + until();
            case ONGOING -> "Ongoing" + from() + until();
            case EXTERNAL -> "Waiting on an external event" + expected();
            case COMPLETED -> "Completed" + (timescale.due() == null ? "" : " by " + date(timescale.due()));
            case UNKNOWN -> timescale.warns(TimescaleWarningCode.MISSING_TIMESCALE)
                    ? "No timescale given: please add one"
                    : "Could not be read: please correct it";
        };
    }

    private String afterwards() {
        String then = timescale.recurrence() == null ? "" : ", then " + adverb(timescale.recurrence());
        return timescale.ongoingAfterDue() ? then + ", then ongoing" : then;
    }

    private String from() {
        return timescale.startsOn() == null ? "" : " from " + date(timescale.startsOn());
    }

    private String until() {
        return timescale.due() == null ? "" : " until " + date(timescale.due());
    }

    private String expected() {
        return timescale.due() == null ? "" : ", expected by " + date(timescale.due());
    }

    static String adverb(Period period) {
        return switch (period.toString()) {
            case "P1D" -> "daily";
            case "P7D" -> "weekly";
            case "P1M" -> "monthly";
            case "P1Y" -> "yearly";
            default -> every(period);
        };
    }

    static String every(Period period) {
        if (period.getYears() > 0) {
            return count(period.getYears(), "year");
        }
        if (period.getMonths() > 0) {
            return count(period.getMonths(), "month");
        }
        int days = period.getDays();
        return days % 7 == 0 ? count(days / 7, "week") : count(days, "day");
    }

    private static String count(int n, String unit) {
        return n == 1 ? "every " + unit : "every " + n + " " + unit + "s";
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String date(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }
}
