package org.oversight.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.RagColour;
import org.oversight.plan.RagLegendEntry;
import org.oversight.plan.Recommendation;
import org.oversight.plan.Workstream;

/** Builds the demo plan from its content tables: legend, rounds, workstreams, recommendations and actions. */
final class DemoPlanAssembly {
    static final String NATIONAL_GUIDANCE = "Department for Education guidance on a consistent child identifier";

    /** Action-on-action dependencies: the first waits on the second. */
    private static final List<List<String>> DEPENDENCIES = List.of(
            List.of("4.2", "1.4"), List.of("2.4", "2.2"), List.of("8.3", "8.2"));
    private static final String WAITS_ON_WORKSTREAM_1 = "7.3";
    private static final String WAITS_ON_GUIDANCE = "10.1";

    private static final List<RagLegendEntry> LEGEND = List.of(
            new RagLegendEntry(RagColour.RED, "Incomplete or not started"),
            new RagLegendEntry(RagColour.AMBER, "In progress but with slippage or issues needing to be overcome"),
            new RagLegendEntry(RagColour.GREEN, "On target"),
            new RagLegendEntry(RagColour.BLUE, "Completed"));

    private final DemoCalendar calendar;
    private final DemoLeads leads;

    DemoPlanAssembly(DemoCalendar calendar, DemoLeads leads) {
        this.calendar = calendar;
        this.leads = leads;
    }

    static List<DemoActionRow> allActions() {
        List<DemoActionRow> all = new ArrayList<>(FrontDoorActions.ROWS);
        all.addAll(EarlyHelpAndHealthActions.ROWS);
        all.addAll(PracticeActions.ROWS);
        return all;
    }

    ActionPlan plan() {
        ActionPlan plan = new ActionPlan(DemoPlanContent.TITLE.formatted(calendar.monthYear(-2)), leads.council(),
                calendar.periodStart(), calendar.periodEnd());
        plan.describe(plan.getTitle(), DemoPlanContent.SOURCE, calendar.inspection());
        plan.useLegend(LEGEND, RagColour.BLUE);
        for (int round = 1; round <= DemoCalendar.ROUNDS; round++) {
            plan.addRound(calendar.round(round));
        }
        plan.publish(true);
        Map<String, Workstream> workstreams = workstreams(plan);
        Map<String, Recommendation> recommendations = new HashMap<>();
        for (DemoPlanContent.RecommendationRow row : DemoPlanContent.RECOMMENDATIONS) {
            Recommendation r = plan.addRecommendation(row.number(), row.text(), row.responsibility());
            r.revise(row.text(), row.theme(), row.response(), row.responsibility());
            r.placeIn(workstreams.get(row.workstream()));
            recommendations.put(row.number(), r);
        }
        allActions().forEach(row -> action(recommendations.get(row.recommendation()), row));
        return plan;
    }

    /** Dependencies are added once the plan is saved, so that every action they name already exists. */
    void linkDependencies(ActionPlan plan) {
        DEPENDENCIES.forEach(pair -> find(plan, pair.get(0)).dependOn(find(plan, pair.get(1))));
        find(plan, WAITS_ON_WORKSTREAM_1).dependOn(plan.getWorkstreams().get(0));
        find(plan, WAITS_ON_GUIDANCE).waitFor(NATIONAL_GUIDANCE);
    }

    private Map<String, Workstream> workstreams(ActionPlan plan) {
        Map<String, Workstream> byNumber = new HashMap<>();
        for (DemoPlanContent.WorkstreamRow row : DemoPlanContent.WORKSTREAMS) {
            Workstream w = plan.addWorkstream(row.number(), row.title(), leads.get(row.leadKey()), row.keyAim());
            for (int i = 0; i < row.deliverables().size(); i++) {
                w.addDeliverable(row.number() + "." + (i + 1), row.deliverables().get(i));
            }
            byNumber.put(row.number(), w);
        }
        return byNumber;
    }

    private void action(Recommendation recommendation, DemoActionRow row) {
        Action action = recommendation.addAction(row.reference(), row.description());
        action.describe(row.description(), row.outcomes(), row.measures());
        action.prioritise(row.priority());
        action.startOn(calendar.monthStart(row.startMonth()));
        row.timescale().applyTo(action, calendar);
        action.ledBy(leads.all(row.leads()));
    }

    private static Action find(ActionPlan plan, String reference) {
        return plan.findAction(reference).orElseThrow();
    }
}
