package org.oversight.plan;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many actions stand at each colour, and the colour that rolls up from them. */
public record RagTally(Map<RagColour, Integer> counts, int total, RagColour completeColour) {

    public static RagTally of(Collection<StatusAssessment> assessments, RagColour completeColour) {
        Map<RagColour, Integer> counts = new EnumMap<>(RagColour.class);
        assessments.forEach(a -> counts.merge(a.rag(), 1, Integer::sum));
        return new RagTally(counts, assessments.size(), completeColour);
    }

    public int count(RagColour colour) {
        return counts.getOrDefault(colour, 0);
    }

    /** Worst colour among the actions; the completion colour only when every action is complete. */
    public RagColour rollUp() {
        RagColour worst = null;
        for (RagColour c : List.of(RagColour.RED, RagColour.AMBER, RagColour.GREEN, RagColour.YELLOW, RagColour.BLUE)) {
            if (count(c) > 0 && c.worseThan(worst)) {
                worst = c;
            }
        }
        return worst;
    }

    /** Percentage of actions at a colour, for the dashboard bar chart. */
    public int percent(RagColour colour) {
        return total == 0 ? 0 : Math.round(100f * count(colour) / total);
    }

    /** The colours to show, in legend order, including those with no actions. */
    /** The counts in words, for readers who cannot see the chart: "Red 3, Amber 2, Green 5". */
    public String inWords() {
        return String.join(", ", colours().stream().map(c -> c.label() + " " + count(c)).toList());
    }

    public List<RagColour> colours() {
        return completeColour == RagColour.GREEN
                ? List.of(RagColour.RED, RagColour.AMBER, RagColour.GREEN)
                : List.of(RagColour.RED, RagColour.AMBER, RagColour.GREEN, completeColour);
    }
}
