package org.oversight.plan.api;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanStandings;
import org.oversight.plan.RagColour;
import org.oversight.plan.RagTally;

/** One plan in the list: its period, whether it is published, and how many actions stand at each colour. */
record PlanSummary(long id, String title, LocalDate periodStart, LocalDate periodEnd, boolean published,
                   LocalDate asAt, int actions, Map<RagColour, Integer> tally, RagColour rollUp) {

    static PlanSummary of(ActionPlan plan, PlanStandings.Standing standing) {
        RagTally tally = standing.tally();
        Map<RagColour, Integer> counts = new EnumMap<>(RagColour.class);
        tally.colours().forEach(c -> counts.put(c, tally.count(c)));
        tally.counts().forEach(counts::put);
        return new PlanSummary(plan.getId(), plan.getTitle(), plan.getPeriodStart(), plan.getPeriodEnd(),
                plan.isPublished(), standing.asAt(), tally.total(), counts, tally.rollUp());
    }
}
