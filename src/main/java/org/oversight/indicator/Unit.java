package org.oversight.indicator;

import java.util.Locale;

/** What an indicator's figures count. Percentages compare in percentage points, never per cent. */
public enum Unit {
    PERCENT("percent"), COUNT("count"), SCORE("score"), DAYS("days"), RATE("rate");

    private final String word;

    Unit(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Reads the unit as the indicator CSV writes it. */
    public static Unit read(String text) {
        for (Unit unit : values()) {
            if (unit.word.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return unit;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a unit: use percent, count, score, days or rate");
    }
}
