package org.oversight.timescale;

import java.util.Map;
import java.util.Optional;

/**
 * Seasons and school terms. A season ends on the last day of its last month: spring 31 May, summer
 * 31 August, autumn 30 November, winter the end of February. "Winter 2012" is December 2012 to
 * February 2013 (the Met Office convention). Terms: autumn term ends 31 December, spring term 31
 * March, summer term 31 July. With a pair of years ("winter 2012/13", "spring term 2012/13") autumn
 * and winter take the first year and spring and summer the second, as in an academic year.
 */
final class SeasonPhrases implements DatePattern {

    private record Season(int firstMonth, int months, boolean firstYearOfPair) {
    }

    private static final Map<String, Season> SEASONS = Map.of(
            "spring", new Season(3, 3, false), "summer", new Season(6, 3, false),
            "autumn", new Season(9, 3, true), "winter", new Season(12, 3, true));
    private static final Map<String, Season> TERMS = Map.of(
            "spring", new Season(1, 3, false), "summer", new Season(4, 4, false),
            "autumn", new Season(9, 4, true));

    @Override
    public Optional<DateHit> at(Tokens tokens, int i, Context context) {
        Token word = tokens.at(i);
        if (word == null || !SEASONS.containsKey(word.text())) {
            return Optional.empty();
        }
        boolean term = tokens.is(i + 1, "term") && TERMS.containsKey(word.text());
        Season season = (term ? TERMS : SEASONS).get(word.text());
        int after = term ? i + 2 : i + 1;
        int yearAt = tokens.is(after, "of") ? after + 1 : after;
        return dated(tokens, yearAt, season, context.plan())
                .or(() -> yearless(tokens, i, after, season, context.plan()));
    }

    private static Optional<DateHit> dated(Tokens tokens, int yearAt, Season season, PlanPeriod plan) {
        Optional<Years.YearAt> pair = Years.pair(tokens, yearAt, plan, true);
        if (pair.isPresent()) {
            int year = pair.get().year() + (season.firstYearOfPair() ? 0 : 1);
            return DateHit.of(span(season, year), pair.get().end());
        }
        return Years.single(tokens, yearAt, plan, false).flatMap(year -> DateHit.of(span(season, year.year()), year.end()));
    }

    private static Optional<DateHit> yearless(Tokens tokens, int i, int end, Season season, PlanPeriod plan) {
        return plan.onlyOccurrence(year -> Optional.of(span(season, year)))
                .flatMap(span -> DateHit.of(span, end))
                .or(() -> DateHit.unclear("'" + tokens.original(i, end)
                        + "' has no year, and the plan period does not settle which is meant", end));
    }

    private static DateSpan span(Season season, int year) {
        return DateSpan.months(year, season.firstMonth(), season.months());
    }
}
