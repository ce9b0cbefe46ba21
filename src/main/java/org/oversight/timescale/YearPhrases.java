package org.oversight.timescale;

import java.util.Optional;

/**
 * A year on its own. A pair of years ("2009/10", "2009/2010") is a financial year ending 31 March
 * of the second year; a single four-digit year ("by 2011") ends on 31 December.
 */
final class YearPhrases implements DatePattern {

    @Override
    public Optional<DateHit> at(Tokens tokens, int i, Context context) {
        Optional<Years.YearAt> pair = Years.pair(tokens, i, context.plan(), context.financialCue());
        if (pair.isPresent()) {
            return DateHit.of(DateSpan.financialYear(pair.get().year()), pair.get().end());
        }
        Token token = tokens.at(i);
        return Years.fourDigit(token) ? DateHit.of(DateSpan.year(token.value()), i + 1) : Optional.empty();
    }
}
