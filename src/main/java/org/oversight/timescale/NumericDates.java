package org.oversight.timescale;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates written in figures, day first as in the UK: "31/03/2010", "31.3.10", "1.10.09", ISO
 * "2010-03-31", and month and year "03/2010". A two-digit year here can only be 20YY. Figures that
 * make no valid UK date (such as US "03/31/2010") are flagged, never swapped round.
 */
final class NumericDates implements DatePattern {

    private static final String SEPARATORS = "/.-";

    @Override
    public Optional<DateHit> at(Tokens tokens, int i, Context context) {
        Token first = tokens.at(i);
        if (first == null || !first.number() || !joined(tokens, i, 3)) {
            return Optional.empty();
        }
        String separator = tokens.at(i + 1).text();
        if (joined(tokens, i, 5) && tokens.is(i + 3, separator)) {
            return threePart(tokens, i, separator);
        }
        return monthAndYear(tokens, i);
    }

    private Optional<DateHit> threePart(Tokens tokens, int i, String separator) {
        int a = tokens.at(i).value();
        int b = tokens.at(i + 2).value();
        Token last = tokens.at(i + 4);
        if (tokens.at(i).digits() == 4) {
            return separator.equals("-") ? day(tokens, a, b, last.value(), i) : Optional.empty();
        }
        int year = last.digits() == 2 ? 2000 + last.value() : last.value();
        return last.digits() == 2 || last.digits() == 4 ? day(tokens, year, b, a, i) : Optional.empty();
    }

    private Optional<DateHit> monthAndYear(Tokens tokens, int i) {
        Token month = tokens.at(i);
        if (tokens.is(i + 1, "/") && month.value() >= 1 && month.value() <= 12
                && month.digits() <= 2 && Years.fourDigit(tokens.at(i + 2))) {
            return DateHit.of(DateSpan.month(tokens.at(i + 2).value(), month.value()), i + 3);
        }
        return Optional.empty();
    }

    private static Optional<DateHit> day(Tokens tokens, int year, int month, int day, int i) {
        try {
            return DateHit.of(DateSpan.day(LocalDate.of(year, month, day)), i + 5);
        } catch (DateTimeException notADate) {
            return DateHit.unclear("'" + tokens.original(i, i + 5) + "' is not a valid day-month-year date", i + 5);
        }
    }

    /** True when the {@code count} tokens from {@code i} are numbers and separators with no spaces. */
    private static boolean joined(Tokens tokens, int i, int count) {
        for (int k = i; k < i + count; k++) {
            Token token = tokens.at(k);
            boolean wanted = (k - i) % 2 == 0 ? token != null && token.number() && !token.ordinal()
                    : token != null && SEPARATORS.contains(token.text());
            if (!wanted || k > i && !tokens.touching(k - 1)) {
                return false;
            }
        }
        return true;
    }
}
