package org.oversight.indicator;

import org.oversight.account.CurrentUser;
import org.oversight.plan.Lead;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.PlanAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may change an indicator's figures: plan managers and administrators any indicator within
 * their reach; an action lead the indicators they own, by username or through a lead they hold.
 * Someone of one organisation reaches its indicators and those of none only.
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

    /** Whether the indicator is within the person's reach: theirs, of their organisation or of none. */
    public boolean reaches(Authentication auth, Indicator indicator) {
        return CurrentUser.of(auth).reaches(indicator.getOrganisationId());
    }

    /** Plan managers and administrators manage the indicators within their reach. */
    public boolean canManage(Authentication auth, Indicator indicator) {
        return canManage(auth) && reaches(auth, indicator);
    }

    public boolean canEnter(Authentication auth, Indicator indicator) {
        return reaches(auth, indicator) && (canManage(auth) || owns(auth, indicator));
    }
}
