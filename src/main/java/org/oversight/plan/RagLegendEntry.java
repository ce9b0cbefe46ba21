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
        this.colour = colour;
        this.meaning = meaning;
    }

    public RagColour getColour() { return colour; }
    public String getMeaning() { return meaning; }
}
