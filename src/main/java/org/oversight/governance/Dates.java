package org.oversight.governance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as minutes write them: "3 November 2009". */
final class Dates {
    static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    static String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }
}
