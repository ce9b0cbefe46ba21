package org.oversight.indicator;

/** A direction of travel against an earlier period, with the change in words. */
public record Trend(Direction direction, ReportingPeriod against, String change) {
    public static Trend none() {
        return new Trend(Direction.NO_COMPARISON, null, "");
    }

    /** "Improving: up 2.1 percentage points since 2016/17 Q3". */
    public String words() {
        return against == null ? direction.label()
                : direction.label() + ": " + change + " since " + against;
    }
}
