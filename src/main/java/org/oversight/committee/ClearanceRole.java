package org.oversight.committee;

/** Whose clearance a report needs before it is published: one named officer for each. */
public enum ClearanceRole {
    LEGAL("Legal"),
    FINANCE("Finance"),
    EQUALITIES("Equalities"),
    DIRECTOR("Director");

    private final String label;

    ClearanceRole(String label) { this.label = label; }

    public String label() { return label; }
}
