package org.oversight.timescale;

import java.time.Period;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the first statement of how often work repeats, among tokens not already used by dates:
 * "monthly", "bi monthly", "6 monthly", "every two months", "every other week", "twice a year",
 * "three times a year", "once a month", "per annum". A frequency that is not a whole number of days
 * or months apart ("twice a month", "twice weekly") is returned as a problem rather than rounded.
 */
final class CadenceScanner {

    private static final Set<String> MODIFIERS = Set.of("bi", "half");
    private static final Set<String> EVERY = Set.of("every", "each");
    private static final Set<String> PER = Set.of("a", "an", "per", "each", "every");
    private static final Set<String> OTHER = Set.of("other", "alternate", "second");

    Optional<Cadence> scan(Tokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Cadence> found = tokens.used(i) ? Optional.empty() : readAt(tokens, i);
            if (found.isPresent()) {
                tokens.use(found.get().start(), found.get().end());
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Cadence> readAt(Tokens tokens, int i) {
        return every(tokens, i).or(() -> frequency(tokens, i)).or(() -> adverb(tokens, i))
                .or(() -> perAnnum(tokens, i));
    }

    /** "every two months", "each term", "every other week". */
    private Optional<Cadence> every(Tokens tokens, int i) {
        Token first = tokens.at(i);
        if (!EVERY.contains(first.text())) {
            return Optional.empty();
        }
        Token next = tokens.at(i + 1);
        Optional<Integer> count = next != null && OTHER.contains(next.text()) ? Optional.of(2) : CalendarWords.count(next);
        int unitAt = count.isPresent() ? i + 2 : i + 1;
        return free(tokens, unitAt) ? CadenceWords.unit(tokens.at(unitAt))
                .map(unit -> found(unit.multipliedBy(count.orElse(1)), i, unitAt + 1)) : Optional.empty();
    }

    /** "twice a year", "three times a year", "once a month", "twice yearly". */
    private Optional<Cadence> frequency(Tokens tokens, int i) {
        Optional<Integer> times = CadenceWords.times(tokens.at(i));
        int next = i + 1;
        if (times.isEmpty() && tokens.is(i + 1, "times")) {
            times = CalendarWords.count(tokens.at(i));
            next = i + 2;
        }
        if (times.isEmpty()) {
            return Optional.empty();
        }
        int unitAt = tokens.at(next) != null && PER.contains(tokens.at(next).text()) ? next + 1 : next;
        Optional<Period> unit = CadenceWords.unit(tokens.at(unitAt)).or(() -> CadenceWords.adverb(tokens.at(unitAt)));
        int count = times.get();
        return unit.filter(u -> free(tokens, unitAt)).map(u -> CadenceWords.divided(u, count)
                .map(period -> found(period, i, unitAt + 1))
                .orElseGet(() -> unclear(tokens, i, unitAt + 1)));
    }

    /** "monthly", "bi monthly", "bi-monthly", "6 monthly", "half-yearly". */
    private Optional<Cadence> adverb(Tokens tokens, int i) {
        Token first = tokens.at(i);
        boolean modifier = MODIFIERS.contains(first.text()) || CalendarWords.count(first).isPresent();
        int adverbAt = modifier ? tokens.skipHyphens(i + 1) : i;
        Optional<Period> plain = free(tokens, adverbAt) ? CadenceWords.adverb(tokens.at(adverbAt)) : Optional.empty();
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        Optional<Period> period = modifier ? CadenceWords.modified(first, plain.get()) : plain;
        return period.map(p -> found(p, i, adverbAt + 1));
    }

    private Optional<Cadence> perAnnum(Tokens tokens, int i) {
        int end = tokens.match(i, "per annum");
        return end > 0 ? Optional.of(found(Period.ofYears(1), i, end)) : Optional.empty();
    }

    private static boolean free(Tokens tokens, int i) {
        return tokens.at(i) != null && !tokens.used(i);
    }

    private static Cadence found(Period period, int start, int end) {
        return new Cadence(period, start, end, null);
    }

    private static Cadence unclear(Tokens tokens, int start, int end) {
        return new Cadence(null, start, end, "'" + tokens.original(start, end)
                + "' is not a regular interval of whole days or months");
    }
}
