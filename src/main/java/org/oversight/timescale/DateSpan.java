package org.oversight.timescale;

import java.time.LocalDate;
import java.time.YearMonth;

/** The stretch of days a date phrase covers, first to last inclusive: a day, month, season, year. */
record DateSpan(LocalDate first, LocalDate last) {

    static DateSpan day(LocalDate day) {
        return new DateSpan(day, day);
    }

    static DateSpan months(int year, int month, int count) {
        YearMonth from = YearMonth.of(year, month);
        return new DateSpan(from.atDay(1), from.plusMonths(count - 1L).atEndOfMonth());
    }

    static DateSpan month(int year, int month) {
        return months(year, month, 1);
    }

    static DateSpan year(int year) {
        return months(year, 1, 12);
    }

    /** The UK financial year starting 1 April of {@code startYear} and ending 31 March after. */
    static DateSpan financialYear(int startYear) {
        return months(startYear, 4, 12);
    }

    boolean wholeMonth() {
        return first.getDayOfMonth() == 1 && last.equals(YearMonth.from(first).atEndOfMonth());
    }

    boolean wholeYear() {
        return first.getDayOfYear() == 1 && last.equals(first.withDayOfYear(first.lengthOfYear()));
    }
}
