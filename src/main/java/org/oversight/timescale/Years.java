package org.oversight.timescale;

import java.util.Optional;

/**
 * Reads years. Four-digit years from 1990 to 2099 are always read. A two-digit year is read as
 * 20YY only where it cannot be anything else: after an apostrophe ("May '09"), in a position only a
 * year can take ("3 May 12", "31.3.10"), or when 20YY lies within two years of the plan period.
 */
final class Years {

    /** A year read from tokens, and the index just after them. */
    record YearAt(int year, int end) {
    }

    private Years() {
    }

    static boolean fourDigit(Token token) {
        return token != null && token.digits() == 4 && token.value() >= 1990 && token.value() <= 2099;
    }

    static Optional<YearAt> single(Tokens tokens, int i, PlanPeriod plan, boolean positional) {
        Token token = tokens.at(i);
        if (fourDigit(token)) {
            return Optional.of(new YearAt(token.value(), i + 1));
        }
        if (tokens.is(i, "'") && twoDigit(tokens.at(i + 1))) {
            return Optional.of(new YearAt(2000 + tokens.at(i + 1).value(), i + 2));
        }
        if (!twoDigit(token)) {
            return Optional.empty();
        }
        Optional<Integer> year = positional ? Optional.of(2000 + token.value()) : plan.twoDigitYear(token.value());
        return year.map(y -> new YearAt(y, i + 1));
    }

    /**
     * A pair of consecutive years naming a financial or academic year: "2009/10", "2009/2010",
     * "2009-2010", and "09/10" when {@code cued} by words such as "throughout" or "Q3", or when the
     * plan period makes it a near year. Returns the first year of the pair.
     */
    static Optional<YearAt> pair(Tokens tokens, int i, PlanPeriod plan, boolean cued) {
        Token first = tokens.at(i);
        Token mark = tokens.at(i + 1);
        Token second = tokens.at(i + 2);
        if (second == null || !second.number() || !tokens.touching(i) || !tokens.touching(i + 1)) {
            return Optional.empty();
        }
        boolean slash = mark.is("/");
        if (fourDigit(first) && (slash || mark.is("-")) && follows(first.value(), second, slash)) {
            return Optional.of(new YearAt(first.value(), i + 3));
        }
        if (twoDigit(first) && slash && twoDigit(second) && second.value() == (first.value() + 1) % 100
                && (cued || plan.twoDigitYear(first.value()).isPresent())) {
            return Optional.of(new YearAt(2000 + first.value(), i + 3));
        }
        return Optional.empty();
    }

    private static boolean follows(int year, Token second, boolean slash) {
        if (second.digits() == 4) {
            return second.value() == year + 1;
        }
        return slash && second.digits() == 2 && second.value() == (year + 1) % 100;
    }

    private static boolean twoDigit(Token token) {
        return token != null && token.digits() == 2 && !token.ordinal();
    }
}
