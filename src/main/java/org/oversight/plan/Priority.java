package org.oversight.plan;

import java.util.Locale;
import java.util.Optional;

/** Priority as plans write it ("High", "Medium", "High risk"). */
public enum Priority {
    HIGH("High"), MEDIUM("Medium"), LOW("Low");

    private final String label;

    Priority(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<Priority> fromWords(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        String w = words.strip().toLowerCase(Locale.ROOT);
        for (Priority p : values()) {
            if (w.startsWith(p.label.toLowerCase(Locale.ROOT)) || w.equals(p.name().substring(0, 1).toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
