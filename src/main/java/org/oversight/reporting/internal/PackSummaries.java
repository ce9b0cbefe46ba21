package org.oversight.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanAssessment;
import org.oversight.plan.RagColour;
import org.oversight.plan.RagLegendEntry;
import org.oversight.plan.RagTally;
import org.oversight.reporting.RagMark;
import org.oversight.reporting.ReportPack.LegendLine;
import org.oversight.reporting.ReportPack.Summary;
import org.oversight.reporting.ReportPack.TallyRow;

/** The summary section: RAG totals overall, by workstream and by recommendation, and the legend in words. */
final class PackSummaries {
    private static final Map<RagColour, String> DEFAULT_MEANINGS = Map.of(
            RagColour.RED, "Off track: the deadline has passed or there are serious concerns",
            RagColour.AMBER, "Some concerns: at risk of missing the deadline, or depends on an action that is red",
            RagColour.GREEN, "On track",
            RagColour.BLUE, "Complete",
            RagColour.YELLOW, "Complete");

    private PackSummaries() {
    }

    static Summary of(ActionPlan plan, PlanAssessment assessment) {
        RagTally overall = assessment.tally();
        List<RagColour> colours = overall.colours();
        List<TallyRow> workstreams = plan.getWorkstreams().stream()
                .map(w -> row(w.getNumber(), w.getTitle(), assessment.tally(w), colours)).toList();
        List<TallyRow> recommendations = plan.getRecommendations().stream()
                .map(r -> row(r.getNumber(), r.getText(), assessment.tally(r), colours)).toList();
        return new Summary(colours.stream().map(RagMark::of).toList(), row("", "All actions", overall, colours),
                workstreams, recommendations, legend(plan, colours));
    }

    private static TallyRow row(String number, String title, RagTally tally, List<RagColour> colours) {
        return new TallyRow(number, title, colours.stream().map(tally::count).toList(), tally.total(),
                RagMark.of(tally.rollUp()));
    }

    private static List<LegendLine> legend(ActionPlan plan, List<RagColour> colours) {
        List<LegendLine> lines = new ArrayList<>();
        for (RagColour c : colours) {
            String meaning = plan.getLegend().stream().filter(e -> e.getColour() == c).map(RagLegendEntry::getMeaning)
                    .filter(m -> m != null && !m.isBlank()).findFirst()
                    .orElse(c == plan.getCompleteColour() && c != RagColour.GREEN ? "Complete" : DEFAULT_MEANINGS.get(c));
            lines.add(new LegendLine(RagMark.of(c), meaning));
        }
        return lines;
    }
}
