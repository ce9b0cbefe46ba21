package org.oversight.timescale;

import java.util.Map;
import java.util.Optional;

/**
 * Quarters of a financial year: "Q3 2009/10", "Quarter 4 09/10", "3rd quarter 2009/10". Q1 is April
 * to June. A quarter with a single year ("Q3 2009") could be a calendar or a financial quarter, and
 * one with no year at all names no date, so both are flagged.
 */
final class QuarterPhrases implements DatePattern {

    private static final Map<String, Integer> ORDINAL_WORDS = Map.of(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "final", 4, "last", 4);

    @Override
    public Optional<DateHit> at(Tokens tokens, int i, Context context) {
        int number = quarterNumber(tokens, i);
        if (number == 0) {
            return Optional.empty();
        }
        if (number < 1 || number > 4) {
            return DateHit.unclear("'" + tokens.original(i, i + 2) + "' is not a quarter of a year", i + 2);
        }
        int yearAt = tokens.is(i + 2, "of") || tokens.is(i + 2, ",") ? i + 3 : i + 2;
        Optional<Years.YearAt> pair = Years.pair(tokens, yearAt, context.plan(), true);
        if (pair.isPresent()) {
            int firstMonth = 4 + 3 * (number - 1);
            int year = pair.get().year() + (firstMonth > 12 ? 1 : 0);
            return DateHit.of(DateSpan.months(year, (firstMonth - 1) % 12 + 1, 3), pair.get().end());
        }
        int end = Years.single(tokens, yearAt, context.plan(), false).map(Years.YearAt::end).orElse(i + 2);
        return DateHit.unclear("'" + tokens.original(i, end)
                + "' does not say which financial year (write it like Q3 2009/10)", end);
    }

    private static int quarterNumber(Tokens tokens, int i) {
        Token first = tokens.at(i);
        Token second = tokens.at(i + 1);
        if (first == null || second == null) {
            return 0;
        }
        if ((first.is("q") || first.is("quarter")) && second.number() && !second.ordinal()) {
            return second.value() == 0 ? -1 : second.value();
        }
        if (second.is("quarter")) {
            return first.ordinal() ? first.value() : ORDINAL_WORDS.getOrDefault(first.text(), 0);
        }
        return 0;
    }
}
