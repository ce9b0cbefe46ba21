package org.oversight.plan;

/** Where an action stands, as its lead reports it. */
public enum ActionStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), WAITING("Waiting on an external event"),
    COMPLETE("Complete");

    private final String label;

    ActionStatus(String label) { this.label = label; }

    public String label() { return label; }
}
