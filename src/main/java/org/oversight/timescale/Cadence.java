package org.oversight.timescale;

import java.time.Period;

/** How often work repeats, found at tokens start to end; or a problem if it is not a regular interval. */
record Cadence(Period period, int start, int end, String problem) {

    boolean unclear() {
        return problem != null;
    }
}
