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

    public RagColour getColour() { return colour; }
    public String getMeaning() { return meaning; }
}
