package org.oversight.indicator;

import org.oversight.plan.Lead;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.PlanAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may change an indicator's figures: plan managers and administrators any indicator; an
 * action lead the indicators they own, by username or through a lead they hold.
 */
@Component
public class IndicatorAccess {
    private final PlanAccess plans;
    private final LeadRepository leads;

    IndicatorAccess(PlanAccess plans, LeadRepository leads) {
        this.plans = plans;
        this.leads = leads;
    }

    public boolean canManage(Authentication auth) {
        return plans.canManage(auth);
    }

    public boolean owns(Authentication auth, Indicator indicator) {
        if (!plans.signedIn(auth) || indicator.getOwner() == null) {
            return false;
        }
        String owner = indicator.getOwner();
        return owner.equals(auth.getName())
                || leads.findByHeldBy(auth.getName()).stream().map(Lead::getName).anyMatch(owner::equals);
    }

    public boolean canEnter(Authentication auth, Indicator indicator) {
        return canManage(auth) || owns(auth, indicator);
    }
}
