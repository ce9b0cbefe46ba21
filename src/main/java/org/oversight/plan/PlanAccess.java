package org.oversight.plan;

import java.util.List;
import java.util.Set;
import org.oversight.account.CurrentUser;
import org.oversight.account.OrganisationAuthority;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may read a plan, post progress on an action, and manage plans. Anonymous visitors read
 * published plans only. Someone who belongs to an organisation reaches the plans it owns, plans
 * owned by none, and plans in which they hold a lead on a live action; someone who belongs to
 * none reaches every plan. Signed-in people read the plans they reach and published plans;
 * action leads update the actions whose leads they hold; plan managers and administrators
 * manage the plans their organisation owns (any plan, when they belong to none). A plan its
 * council has shared with a group
 * (see {@link SharedPlanReaders}) is also read, never changed, by that group's advisers and the
 * people of its member councils.
 */
@Component
public class PlanAccess {
    private static final Set<String> MANAGERS = Set.of("ROLE_ADMINISTRATOR", "ROLE_PLAN_MANAGER");
    private final PlanRepository plans;
    private final ObjectProvider<SharedPlanReaders> sharedReaders;

    PlanAccess(PlanRepository plans, ObjectProvider<SharedPlanReaders> sharedReaders) {
        this.plans = plans;
        this.sharedReaders = sharedReaders;
    }

    public boolean signedIn(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    public boolean canRead(Authentication auth, ActionPlan plan) {
        return !plan.isArchived() && (plan.isPublished() || reaches(auth, plan) || sharedWith(auth, plan));
    }

    /** Whether the plan's council shares it with a group the signed-in person advises or belongs to. */
    public boolean sharedWith(Authentication auth, ActionPlan plan) {
        return signedIn(auth) && plan.getId() != null
                && sharedReaders.orderedStream().anyMatch(r -> r.sharedWith(auth, plan));
    }

    /**
     * Whether the plan is within the signed-in person's reach: its owner is (their organisation,
     * none, or they belong to none), or they hold a lead on one of its live actions. Such people
     * see the plan's internal business (drafts, audit, packs not for publication).
     */
    public boolean reaches(Authentication auth, ActionPlan plan) {
        return signedIn(auth) && (ownerWithinReach(auth, plan) || holdsLeadIn(auth, plan));
    }

    /** Whether the person holds a plan manager's or administrator's role (the forms that create plans). */
    public boolean canManage(Authentication auth) {
        return signedIn(auth) && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(MANAGERS::contains);
    }

    /**
     * A plan manager or administrator whose organisation owns the plan, or who belongs to none.
     * A plan of no organisation is read by an organisation's people but managed only by those of none.
     */
    public boolean canManage(Authentication auth, ActionPlan plan) {
        return canManage(auth) && CurrentUser.of(auth).manages(plan.getOwnerId());
    }

    public boolean canUpdate(Authentication auth, Action action) {
        if (canManage(auth, action.getRecommendation().getPlan())) {
            return true;
        }
        boolean lead = signedIn(auth) && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ACTION_LEAD"));
        return lead && action.getLeads().stream().anyMatch(l -> auth.getName().equals(l.getHeldBy()));
    }

    /**
     * The live plans a list shows the person, found by the database: anonymous visitors the
     * published ones; someone of an organisation those within their reach (not other
     * organisations' published plans); someone of none every plan.
     */
    public List<ActionPlan> listed(Authentication auth) {
        if (!signedIn(auth)) {
            return plans.findByPublishedTrueAndArchivedFalseOrderByTitle();
        }
        Long organisation = OrganisationAuthority.organisationOf(auth);
        return organisation == null ? plans.findByArchivedFalseOrderByTitle()
                : plans.findWithinReach(organisation, auth.getName());
    }

    /** The organisation the person belongs to, or null when they serve the whole instance. */
    public Long organisationOf(Authentication auth) {
        return signedIn(auth) ? OrganisationAuthority.organisationOf(auth) : null;
    }

    private static boolean ownerWithinReach(Authentication auth, ActionPlan plan) {
        return CurrentUser.of(auth).reaches(plan.getOwnerId());
    }

    private static boolean holdsLeadIn(Authentication auth, ActionPlan plan) {
        return plan.actions().stream().flatMap(a -> a.getLeads().stream())
                .anyMatch(l -> auth.getName().equals(l.getHeldBy()));
    }
}
