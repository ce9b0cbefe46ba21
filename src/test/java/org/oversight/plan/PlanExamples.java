package org.oversight.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.oversight.timescale.TimescaleKind;

/** Plans as councils write them, for persistence tests. Nothing here is saved. */
final class PlanExamples {
    static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T09:15:30.123456Z");

    private PlanExamples() {
    }

    static Organisation aCouncil() {
        return new Organisation("Northshire County Council", OrganisationKind.COUNCIL);
    }

    static Lead aRole(String name, Organisation organisation, String heldBy) {
        Lead lead = new Lead(LeadKind.ROLE, name, organisation);
        if (heldBy != null) {
            lead.assignTo(heldBy);
        }
        return lead;
    }

    /** A plan after an inspection, with a blue "complete" legend and rounds added out of order. */
    static ActionPlan anInspectionPlan(Organisation owner) {
        ActionPlan plan = new ActionPlan("Improving help and protection", owner,
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31));
        plan.describe("Improving help and protection", "Inspection of local authority children's services",
                LocalDate.of(2025, 11, 14));
        plan.setUpdateCadence(Period.ofWeeks(6));
        plan.useLegend(List.of(
                new RagLegendEntry(RagColour.BLUE, "Complete"),
                new RagLegendEntry(RagColour.GREEN, "On track"),
                new RagLegendEntry(RagColour.AMBER, "Some slippage"),
                new RagLegendEntry(RagColour.RED, "Off track")), RagColour.BLUE);
        plan.addRound(LocalDate.of(2026, 6, 30));
        plan.addRound(LocalDate.of(2026, 3, 31));
        plan.addRound(LocalDate.of(2026, 9, 30));
        plan.publish(true);
        return plan;
    }

    static ActionTimescale byEndOf(String text) {
        return new ActionTimescale(text, TimescaleKind.DATE, null, null);
    }

    static ProgressReport aReport(LocalDate asAt, String text, RagColour rag, ActionStatus after,
                                  EvidenceLink... evidence) {
        return new ProgressReport(asAt, text, rag, after, List.of(evidence));
    }
}
