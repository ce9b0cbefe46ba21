package org.oversight.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK style writes them: "3 March 2026". */
public final class LongDate {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LongDate() {
    }

    public static String of(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
