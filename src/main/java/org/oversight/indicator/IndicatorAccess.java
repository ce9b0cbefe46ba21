package org.oversight.indicator;

import org.oversight.account.CurrentUser;
import org.oversight.plan.Lead;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.PlanAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may change an indicator's figures: plan managers and administrators any indicator their
 * organisation manages; the indicator's owner (by username or through a lead they hold), whatever
 * organisation they belong to.
 * Someone of one organisation reaches its indicators and those of none only, and changes only
 * its own.
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

    /** The owner names that are the person's: their username and the names of the leads they hold. */
    public java.util.List<String> ownerNames(Authentication auth) {
        if (!plans.signedIn(auth)) {
            return java.util.List.of();
        }
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(auth.getName()));
        leads.findByHeldBy(auth.getName()).stream().map(Lead::getName).forEach(names::add);
        return names;
    }

    /**
     * Whether the indicator is within the person's reach: of their organisation or of none, or
     * one they own (a partner's officer who reports the council's health figures).
     */
    public boolean reaches(Authentication auth, Indicator indicator) {
        return CurrentUser.of(auth).reaches(indicator.getOrganisationId()) || owns(auth, indicator);
    }

    /**
     * Whether the person's organisation may change the indicator: its own, or any for someone of
     * none. An indicator of none is read by an organisation's people but never changed by them.
     */
    public boolean withinManagement(Authentication auth, Indicator indicator) {
        return CurrentUser.of(auth).manages(indicator.getOrganisationId());
    }

    /** Plan managers and administrators manage the indicators their organisation may change. */
    public boolean canManage(Authentication auth, Indicator indicator) {
        return canManage(auth) && withinManagement(auth, indicator);
    }

    /** Its owner, and the plan managers and administrators who manage it, enter its figures. */
    public boolean canEnter(Authentication auth, Indicator indicator) {
        return owns(auth, indicator) || canManage(auth, indicator);
    }
}
