package org.oversight.indicator;

/** Where a value stands against its target, in words and a symbol as well as a colour. */
public enum Status {
    ON_TARGET("On target", "✓", "govuk-tag--green"),
    WITHIN_TOLERANCE("Within tolerance", "≈", "govuk-tag--yellow"),
    OFF_TARGET("Off target", "✗", "govuk-tag--red"),
    NO_TARGET("No target", "–", "govuk-tag--grey");

    private final String label;
    private final String symbol;
    private final String tagClass;

    Status(String label, String symbol, String tagClass) {
        this.label = label;
        this.symbol = symbol;
        this.tagClass = tagClass;
    }

    public String label() { return label; }
    public String symbol() { return symbol; }
    public String tagClass() { return tagClass; }
}
