package org.oversight.importing;

import org.oversight.plan.PlanExchange.WarningEntry;

/**
 * Something a person should look at before importing. {@code ref} is the recommendation or
 * action it concerns (or null); {@code location} where in the source ("table 2, row 14, column
 * Timescale"), or null.
 */
public record ImportWarning(String code, String ref, String message, String location) {

    /** The warning as the exchange format carries it: the location leads the message. */
    public WarningEntry entry() {
        return new WarningEntry(code, ref, location == null ? message : location + ": " + message);
    }
}
