package org.oversight.plan;

import java.util.List;

/** The colours a person may choose in a plan: those its legend uses. */
final class RagChoices {
    private RagChoices() {
    }

    static List<RagColour> of(ActionPlan plan) {
        return plan.getLegend().stream().map(RagLegendEntry::getColour).distinct().toList();
    }
}
