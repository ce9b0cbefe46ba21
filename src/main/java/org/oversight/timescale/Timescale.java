package org.oversight.timescale;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A timescale phrase read in the context of a plan period. The officer's original words are
 * always kept in {@code text}; everything else is what could be read from them without guessing.
 *
 * @param text            the original words, unchanged ("" when none were given)
 * @param kind            what kind of commitment the words make
 * @param due             the deadline, review date or stated end; null when there is none
 * @param recurrence      how often the work repeats; null when it does not
 * @param startsOn        when the work starts, if the words say so ("From October 2009")
 * @param ongoingAfterDue true when the work continues after the deadline ("Sept 2012 and ongoing")
 * @param note            words that were not part of the timescale itself, e.g. a trailing remark
 * @param warnings        problems a person should look at
 */
public record Timescale(String text, TimescaleKind kind, LocalDate due, Period recurrence,
                        LocalDate startsOn, boolean ongoingAfterDue, String note,
                        List<TimescaleWarning> warnings) {

    public Timescale {
        text = text == null ? "" : text;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** True unless the words could not be read. */
    public boolean readable() {
        return kind != TimescaleKind.UNKNOWN;
    }

    /** True when any warning has the given code. */
    public boolean warns(TimescaleWarningCode code) {
        return warnings.stream().anyMatch(w -> w.code() == code);
    }

    /** The reading in plain English, e.g. "Deadline 31 October 2009, then monthly". */
    public String describe() {
        return new PlainEnglish(this).sentence();
    }

    /** The recurrence as ISO-8601 period text ("P1W", "P1M", "P6M", "P1Y"), or null. */
    public String recurrenceIso() {
        if (recurrence == null) {
            return null;
        }
        boolean wholeWeeks = recurrence.getYears() == 0 && recurrence.getMonths() == 0
                && recurrence.getDays() > 0 && recurrence.getDays() % 7 == 0;
        return wholeWeeks ? "P" + recurrence.getDays() / 7 + "W" : recurrence.toString();
    }
}
