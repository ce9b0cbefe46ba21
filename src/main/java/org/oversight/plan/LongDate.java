package org.oversight.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK style writes them: "3 March 2026". */
public final class LongDate {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private LongDate() {
    }

    /**
     * The date in words. Written directly for years of four digits: assessing a plan writes
     * thousands of dates, and the formatter costs several times the concatenation.
     */
    public static String of(LocalDate date) {
        if (date == null) {
            return "";
        }
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return FORMAT.format(date);
        }
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + year;
    }
}
