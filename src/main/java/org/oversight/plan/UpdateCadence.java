package org.oversight.plan;

import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/** The update cadences a plan form offers. */
enum UpdateCadence {
    WEEKLY("Weekly", Period.ofWeeks(1)), FORTNIGHTLY("Fortnightly", Period.ofWeeks(2)),
    MONTHLY("Monthly", Period.ofMonths(1)), QUARTERLY("Quarterly", Period.ofMonths(3));

    private final String label;
    private final Period period;

    UpdateCadence(String label, Period period) {
        this.label = label;
        this.period = period;
    }

    String label() { return label; }
    Period period() { return period; }

    static Optional<UpdateCadence> of(Period period) {
        return Arrays.stream(values()).filter(c -> c.period.equals(period)).findFirst();
    }
}
