package org.oversight.indicator;

/**
 * Which way a figure moved and whether that is good, given the indicator's polarity. Where
 * neither way is better the words say only up or down.
 */
public enum Direction {
    IMPROVING("Improving", "▲", "govuk-tag--green"),
    WORSENING("Worsening", "▼", "govuk-tag--red"),
    UP("Up", "▲", "govuk-tag--blue"),
    DOWN("Down", "▼", "govuk-tag--blue"),
    NO_CHANGE("No change", "►", "govuk-tag--grey"),
    NO_COMPARISON("No earlier figure", "–", "govuk-tag--grey");

    private final String label;
    private final String symbol;
    private final String tagClass;

    Direction(String label, String symbol, String tagClass) {
        this.label = label;
        this.symbol = symbol;
        this.tagClass = tagClass;
    }

    public String label() { return label; }
    public String symbol() { return symbol; }
    public String tagClass() { return tagClass; }
}
