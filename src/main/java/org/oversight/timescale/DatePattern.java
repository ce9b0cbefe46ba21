package org.oversight.timescale;

import java.util.Optional;

/** One way of writing a date, tried at a position in a phrase. */
interface DatePattern {

    /**
     * @param led whether words such as "by" or "end of" came just before, so the words that
     *            follow are surely meant as a date ("by May" but not "staff may attend")
     * @param financialCue whether words before suggest a financial year ("throughout 09/10")
     */
    record Context(PlanPeriod plan, boolean led, boolean financialCue) {
    }

    Optional<DateHit> at(Tokens tokens, int i, Context context);
}
