package org.oversight.plan;

/** The facts from which Oversight proposes an action's status. */
public enum StatusRule {
    COMPLETE("Complete"),
    OVERDUE("Deadline passed"),
    NOT_STARTED("Not started"),
    STALE("No recent update"),
    AT_RISK("At risk through a dependency"),
    WAITING("Waiting on an external event"),
    DEADLINE_MOVED("Deadline moved"),
    LEAD_REPORTED("Lead's own assessment"),
    UNREADABLE_TIMESCALE("Timescale needs correcting"),
    ON_TRACK("On track");

    private final String label;

    StatusRule(String label) { this.label = label; }

    public String label() { return label; }
}
