package org.oversight.indicator;

import java.util.Locale;

/** Which way is good for an indicator: a higher figure, a lower one, or neither. */
public enum Polarity {
    HIGHER("higher", "Higher is better"), LOWER("lower", "Lower is better"), NONE("none", "Neither higher nor lower is better");

    private final String word;
    private final String label;

    Polarity(String word, String label) {
        this.word = word;
        this.label = label;
    }

    public String word() {
        return word;
    }

    public String label() {
        return label;
    }

    /** Reads the polarity as the indicator CSV writes it. */
    public static Polarity read(String text) {
        for (Polarity polarity : values()) {
            if (polarity.word.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return polarity;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a polarity: use higher, lower or none");
    }
}
