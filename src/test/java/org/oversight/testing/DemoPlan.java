package org.oversight.testing;

import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanRepository;

/** The demo council's own improvement plan, among the plans of the demo region's other councils. */
public final class DemoPlan {
    public static final String COUNCIL = "Kingsmead Borough Council";

    private DemoPlan() {
    }

    public static ActionPlan of(PlanRepository plans) {
        return plans.findByArchivedFalseOrderByTitle().stream()
                .filter(p -> p.getOwner() != null && COUNCIL.equals(p.getOwner().getName()) && !p.actions().isEmpty())
                .findFirst().orElseThrow(() -> new IllegalStateException("The demo council's plan is not loaded"));
    }
}
