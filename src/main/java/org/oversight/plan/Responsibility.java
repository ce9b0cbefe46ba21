package org.oversight.plan;

/** Whose recommendation it is to act on, as the council's response says. */
public enum Responsibility {
    OURS("For us to act on"),
    PARTNER("For a partner to act on"),
    NATIONAL("A matter for a national body");

    private final String label;

    Responsibility(String label) { this.label = label; }

    public String label() { return label; }
}
