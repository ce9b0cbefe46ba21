package org.oversight.timescale;

import java.time.Period;
import java.util.Map;
import java.util.Optional;

/**
 * The words for how often. Decisions: "bi-monthly" and "bi-weekly" mean every two months or weeks;
 * "bi-annual(ly)" means twice a year (every six months); "biennial(ly)" every two years; "termly" is
 * three times a school year, read as every four months; "half-termly" six times a year, every two
 * months.
 */
final class CadenceWords {

    private static final Map<String, Period> ADVERBS = Map.ofEntries(
            Map.entry("daily", Period.ofDays(1)), Map.entry("weekly", Period.ofWeeks(1)),
            Map.entry("fortnightly", Period.ofWeeks(2)), Map.entry("monthly", Period.ofMonths(1)),
            Map.entry("quarterly", Period.ofMonths(3)), Map.entry("termly", Period.ofMonths(4)),
            Map.entry("yearly", Period.ofYears(1)), Map.entry("annually", Period.ofYears(1)),
            Map.entry("annual", Period.ofYears(1)), Map.entry("bimonthly", Period.ofMonths(2)),
            Map.entry("biweekly", Period.ofWeeks(2)), Map.entry("biannually", Period.ofMonths(6)),
            Map.entry("biannual", Period.ofMonths(6)), Map.entry("biennially", Period.ofYears(2)),
            Map.entry("biennial", Period.ofYears(2)));
    private static final Map<String, Period> UNITS = Map.ofEntries(
            Map.entry("day", Period.ofDays(1)), Map.entry("week", Period.ofWeeks(1)),
            Map.entry("fortnight", Period.ofWeeks(2)), Map.entry("month", Period.ofMonths(1)),
            Map.entry("quarter", Period.ofMonths(3)), Map.entry("term", Period.ofMonths(4)),
            Map.entry("year", Period.ofYears(1)), Map.entry("annum", Period.ofYears(1)));
    private static final Map<String, Integer> TIMES = Map.of("once", 1, "twice", 2, "thrice", 3);

    private CadenceWords() {
    }

    static Optional<Period> adverb(Token token) {
        return token == null ? Optional.empty() : Optional.ofNullable(ADVERBS.get(token.text()));
    }

    /** "month" or "months", "week" or "weeks". */
    static Optional<Period> unit(Token token) {
        if (token == null) {
            return Optional.empty();
        }
        String text = token.text();
        String singular = text.endsWith("s") ? text.substring(0, text.length() - 1) : text;
        return Optional.ofNullable(UNITS.get(UNITS.containsKey(text) ? text : singular));
    }

    static Optional<Integer> times(Token token) {
        return token == null ? Optional.empty() : Optional.ofNullable(TIMES.get(token.text()));
    }

    /** "bi-monthly", "half-yearly", "6 monthly": the adverb's period changed by a word before it. */
    static Optional<Period> modified(Token modifier, Period adverb) {
        String word = modifier.text();
        if (word.equals("bi")) {
            return adverb.getYears() == 1 ? Optional.of(Period.ofMonths(6)) : Optional.of(adverb.multipliedBy(2));
        }
        if (word.equals("half")) {
            return adverb.getYears() == 1 || adverb.getMonths() == 4
                    ? Optional.of(Period.ofMonths(adverb.getYears() * 6 + adverb.getMonths() / 2))
                    : Optional.empty();
        }
        return CalendarWords.count(modifier).filter(n -> simple(adverb)).map(adverb::multipliedBy);
    }

    /** "twice a year" as a period, if it divides evenly: every six months. */
    static Optional<Period> divided(Period unit, int times) {
        if (times == 1) {
            return Optional.of(unit);
        }
        long months = unit.toTotalMonths();
        if (months > 0 && months % times == 0) {
            return Optional.of(Period.ofMonths((int) (months / times)));
        }
        if (months == 0 && unit.getDays() % times == 0) {
            return Optional.of(Period.ofDays(unit.getDays() / times));
        }
        return Optional.empty();
    }

    private static boolean simple(Period adverb) {
        return adverb.equals(Period.ofDays(1)) || adverb.equals(Period.ofWeeks(1))
                || adverb.equals(Period.ofMonths(1)) || adverb.equals(Period.ofYears(1));
    }
}
