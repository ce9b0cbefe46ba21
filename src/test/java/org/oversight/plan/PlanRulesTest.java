package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.plan.PlanExamples.aCouncil;
import static org.oversight.plan.PlanExamples.anInspectionPlan;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules the plan enforces itself, so that the database's constraints are never the first to object. */
@DisplayName("A plan's own rules")
class PlanRulesTest {
    @Test
    @DisplayName("should refuse a second workstream with the same number")
    void refusesDuplicateWorkstreamNumbers() {
        ActionPlan plan = anInspectionPlan(aCouncil());
        plan.addWorkstream("1", "Practice quality", null, null);

        assertThatThrownBy(() -> plan.addWorkstream(" 1 ", "Workforce", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Workstream  1  already exists in this plan");
    }

    @Test
    @DisplayName("should refuse a key deliverable without a number or text")
    void refusesIncompleteKeyDeliverables() {
        Workstream workstream = anInspectionPlan(aCouncil()).addWorkstream("1", "Practice quality", null, null);

        assertThatThrownBy(() -> workstream.addDeliverable("1.a", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Describe the key deliverable");
        assertThatThrownBy(() -> workstream.addDeliverable(null, "Audits show good practice"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A key deliverable needs a number");
    }

    @Test
    @DisplayName("should refuse a legend entry without a colour or a meaning")
    void refusesIncompleteLegendEntries() {
        assertThatThrownBy(() -> new RagLegendEntry(RagColour.RED, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Say what the colour means in this plan");
        assertThatThrownBy(() -> new RagLegendEntry(null, "Off track"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A legend entry needs a colour");
    }
}
