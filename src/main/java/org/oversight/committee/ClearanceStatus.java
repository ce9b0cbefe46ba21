package org.oversight.committee;

/** Where one officer's clearance of a report stands. */
public enum ClearanceStatus {
    PENDING("Waiting"),
    CLEARED("Cleared"),
    RETURNED("Returned with a comment");

    private final String label;

    ClearanceStatus(String label) { this.label = label; }

    public String label() { return label; }
}
