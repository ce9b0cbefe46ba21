package org.oversight.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * The colours a plan's legend can use. Severity orders them for roll-ups: red is worst;
 * the completion colours (blue or yellow, where a legend uses them) are best.
 * Every colour has a word and a symbol so that colour is never the only cue.
 */
public enum RagColour {
    RED("Red", "\u25B2", 3), AMBER("Amber", "\u25C6", 2), GREEN("Green", "\u25CF", 1),
    YELLOW("Yellow", "\u2713", 0), BLUE("Blue", "\u2713", 0);

    private final String label;
    private final String symbol;
    private final int severity;

    RagColour(String label, String symbol, int severity) {
        this.label = label;
        this.symbol = symbol;
        this.severity = severity;
    }

    public String label() { return label; }
    public String symbol() { return symbol; }
    public int severity() { return severity; }
    public String cssClass() { return "rag-" + name().toLowerCase(Locale.ROOT); }

    public boolean worseThan(RagColour other) {
        return other == null || severity > other.severity;
    }

    /** Reads a colour word as written in a document ("R", "Red", "amber"). */
    public static Optional<RagColour> fromWord(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        String w = word.strip().toUpperCase(Locale.ROOT);
        for (RagColour c : values()) {
            if (c.name().equals(w) || (w.length() == 1 && c.name().startsWith(w) && c != BLUE)) {
                return Optional.of(c);
            }
        }
        return w.equals("B") ? Optional.of(BLUE) : Optional.empty();
    }
}
