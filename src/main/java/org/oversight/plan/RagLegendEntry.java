package org.oversight.plan;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a plan's legend: what a colour means in this plan. */
@Embeddable
public class RagLegendEntry {
    @Enumerated(EnumType.STRING)
    private RagColour colour;
    private String meaning;

    protected RagLegendEntry() {
    }

    public RagLegendEntry(RagColour colour, String meaning) {
        if (colour == null) {
            throw new IllegalArgumentException("A legend entry needs a colour");
        }
        this.colour = colour;
        this.meaning = Organisation.requireText(meaning, "Say what the colour means in this plan");
    }

    /**
     * The colour of a legend that means "completed": the least severe colour whose meaning says
     * complete, completed, achieved or done; else green when the legend has it; else its least
     * severe colour.
     */
    public static RagColour completion(java.util.List<RagLegendEntry> legend) {
        java.util.Comparator<RagLegendEntry> mildest = java.util.Comparator.comparingInt(e -> e.colour.severity());
        return legend.stream().filter(e -> e.meaning.toLowerCase(java.util.Locale.ROOT)
                        .matches("(?s).*\\b(complete[d]?|achieved|done|closed)\\b.*")).min(mildest)
                .or(() -> legend.stream().filter(e -> e.colour == RagColour.GREEN).findFirst())
                .or(() -> legend.stream().min(mildest)).map(e -> e.colour).orElse(RagColour.GREEN);
    }

    public RagColour getColour() { return colour; }
    public String getMeaning() { return meaning; }
}
