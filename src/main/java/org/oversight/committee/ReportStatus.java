package org.oversight.committee;

/** A report is drafted, then in clearance, then published with its meeting's agenda. */
public enum ReportStatus {
    DRAFT("Draft"),
    IN_CLEARANCE("In clearance"),
    PUBLISHED("Published");

    private final String label;

    ReportStatus(String label) { this.label = label; }

    public String label() { return label; }
}
