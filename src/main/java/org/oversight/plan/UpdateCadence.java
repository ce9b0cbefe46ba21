package org.oversight.plan;

import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/** The update cadences a plan form offers. */
public enum UpdateCadence {
    WEEKLY("Weekly", Period.ofWeeks(1)), FORTNIGHTLY("Fortnightly", Period.ofWeeks(2)),
    MONTHLY("Monthly", Period.ofMonths(1)), QUARTERLY("Quarterly", Period.ofMonths(3));

    private final String label;
    private final Period period;

    UpdateCadence(String label, Period period) {
        this.label = label;
        this.period = period;
    }

    public String label() { return label; }
    public Period period() { return period; }

    public static Optional<UpdateCadence> of(Period period) {
        return Arrays.stream(values()).filter(c -> c.period.equals(period)).findFirst();
    }
}
