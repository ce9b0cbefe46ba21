package org.oversight.plan.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.PlanAccess;
import org.oversight.plan.PlanItemNotFound;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Finds plans and actions the caller may read. What they may not read answers exactly as what
 * does not exist, so an unpublished plan's existence is not revealed.
 */
@Component
class ReadablePlans {
    private final PlanRepository plans;
    private final ActionRepository actions;
    private final PlanAccess access;
    private final Clock clock;

    ReadablePlans(PlanRepository plans, ActionRepository actions, PlanAccess access, ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.actions = actions;
        this.access = access;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    List<ActionPlan> all(Authentication caller) {
        return access.listed(caller);
    }

    ActionPlan plan(long id, Authentication caller) {
        return plans.findById(id).filter(p -> !p.isArchived()).filter(p -> access.canRead(caller, p))
                .orElseThrow(() -> PlanItemNotFound.plan(id));
    }

    Action action(long id, Authentication caller) {
        return actions.findById(id).filter(a -> !a.isArchived())
                .filter(a -> access.canRead(caller, a.getRecommendation().getPlan()))
                .orElseThrow(() -> PlanItemNotFound.action(id));
    }

    LocalDate asAt(LocalDate requested) {
        return requested == null ? LocalDate.now(clock) : requested;
    }
}
