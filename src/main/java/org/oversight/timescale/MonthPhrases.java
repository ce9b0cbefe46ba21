package org.oversight.timescale;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.Set;

/**
 * Dates written with a month name: "30 September 2012", "9 th June 2012", "3rd of May", "June 9th,
 * 2012", "June2012", "Sept 09", "May '09", spreadsheet style "Jun-10", and a month borrowing its year from a range ("June -
 * September 2012"). A month or day with no year is read only when exactly one occurrence of it ends
 * within the plan period; otherwise it is flagged. A bare two-digit number after a month that is not
 * a year near the plan ("April 18" in a 2009 plan) could be a day or a year, so it is flagged too;
 * "April 18th" is a day. "May" alone is read as a month only after words
 * such as "by" or "in", since it is also a common verb.
 */
final class MonthPhrases implements DatePattern {

    private static final Set<String> RANGE_WORDS = Set.of("-", "/", "to", "until", "till", "and", "&");

    @Override
    public Optional<DateHit> at(Tokens tokens, int i, Context context) {
        int monthAt = tokens.is(i + 1, "of") ? i + 2 : i + 1;
        if (isDay(tokens.at(i)) && CalendarWords.month(tokens.at(monthAt)).isPresent()) {
            return dayFirst(tokens, i, monthAt, context.plan());
        }
        return CalendarWords.month(tokens.at(i)).flatMap(month -> monthFirst(tokens, i, month, context));
    }

    private Optional<DateHit> dayFirst(Tokens tokens, int i, int monthAt, PlanPeriod plan) {
        Month month = CalendarWords.month(tokens.at(monthAt)).orElseThrow();
        int day = tokens.at(i).value();
        int yearAt = skipComma(tokens, monthAt + 1);
        return Years.single(tokens, yearAt, plan, true)
                .flatMap(year -> dated(tokens, i, year.end(), year.year(), month, day))
                .or(() -> yearless(tokens, i, monthAt + 1, plan, month, day));
    }

    private Optional<DateHit> monthFirst(Tokens tokens, int i, Month month, Context context) {
        int next = skipComma(tokens, i + 1);
        Token number = tokens.at(next);
        Optional<Years.YearAt> yearAfterDay = isDay(number) ? plainYear(tokens, skipComma(tokens, next + 1)) : Optional.empty();
        if (yearAfterDay.isPresent()) {
            return dated(tokens, i, yearAfterDay.get().end(), yearAfterDay.get().year(), month, number.value());
        }
        boolean spreadsheet = tokens.is(next, "-") && tokens.touching(i) && tokens.touching(next);
        Optional<Years.YearAt> year = Years.single(tokens, spreadsheet ? next + 1 : next, context.plan(), spreadsheet);
        if (year.isPresent()) {
            return DateHit.of(DateSpan.month(year.get().year(), month.getValue()), year.get().end());
        }
        if (isDay(number)) {
            return dayAfterMonth(tokens, i, next, month, context.plan());
        }
        return withoutYear(tokens, i, month, context);
    }

    /** A year that cannot be a day: four digits, or two after an apostrophe. */
    private static Optional<Years.YearAt> plainYear(Tokens tokens, int i) {
        boolean plain = Years.fourDigit(tokens.at(i)) || tokens.is(i, "'");
        return plain ? Years.single(tokens, i, new PlanPeriod(null, null), false) : Optional.empty();
    }

    private Optional<DateHit> dayAfterMonth(Tokens tokens, int i, int dayAt, Month month, PlanPeriod plan) {
        Token day = tokens.at(dayAt);
        if (day.digits() == 2 && !day.ordinal()) {
            return DateHit.unclear("'" + tokens.original(i, dayAt + 1) + "' could be a day or a two-digit year", dayAt + 1);
        }
        return yearless(tokens, i, dayAt + 1, plan, month, day.value());
    }

    private Optional<DateHit> withoutYear(Tokens tokens, int i, Month month, Context context) {
        Optional<Integer> borrowed = borrowedYear(tokens, i, month, context.plan());
        if (borrowed.isPresent()) {
            return DateHit.of(DateSpan.month(borrowed.get(), month.getValue()), i + 1);
        }
        if (month == Month.MAY && !context.led()) {
            return Optional.empty();
        }
        return context.plan().onlyOccurrence(year -> Optional.of(DateSpan.month(year, month.getValue())))
                .flatMap(span -> DateHit.of(span, i + 1))
                .or(() -> DateHit.unclear(noYear(tokens, i, i + 1), i + 1));
    }

    /** "June - September 2012": the first month takes the year of the second. */
    private Optional<Integer> borrowedYear(Tokens tokens, int i, Month month, PlanPeriod plan) {
        Optional<Month> second = CalendarWords.month(tokens.at(i + 2));
        if (second.isEmpty() || tokens.at(i + 1) == null || !RANGE_WORDS.contains(tokens.at(i + 1).text())) {
            return Optional.empty();
        }
        return Years.single(tokens, skipComma(tokens, i + 3), plan, false)
                .map(year -> month.compareTo(second.get()) <= 0 ? year.year() : year.year() - 1);
    }

    private static Optional<DateHit> yearless(Tokens tokens, int i, int end, PlanPeriod plan, Month month, int day) {
        return plan.onlyOccurrence(year -> valid(year, month, day).map(DateSpan::day))
                .flatMap(span -> DateHit.of(span, end))
                .or(() -> DateHit.unclear(noYear(tokens, i, end), end));
    }

    private static Optional<DateHit> dated(Tokens tokens, int i, int end, int year, Month month, int day) {
        return valid(year, month, day).flatMap(date -> DateHit.of(DateSpan.day(date), end))
                .or(() -> DateHit.unclear("'" + tokens.original(i, end) + "' is not a real date", end));
    }

    private static Optional<LocalDate> valid(int year, Month month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    private static String noYear(Tokens tokens, int i, int end) {
        return "'" + tokens.original(i, end) + "' has no year, and the plan period does not settle which is meant";
    }

    private static boolean isDay(Token token) {
        return token != null && token.number() && token.digits() <= 2 && token.value() >= 1 && token.value() <= 31;
    }

    private static int skipComma(Tokens tokens, int i) {
        return tokens.is(i, ",") ? i + 1 : i;
    }
}
