package org.oversight.plan;

import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may do what with plans, in one place for pages and the API alike. Anyone may read a
 * published plan; every signed-in role reads everything; plan managers and administrators
 * change plans and post on any action; an action lead posts only on actions whose lead they hold.
 */
@Component
public class PlanAccess {
    public static final String ADMINISTRATOR = "ROLE_ADMINISTRATOR";
    public static final String PLAN_MANAGER = "ROLE_PLAN_MANAGER";
    public static final String ACTION_LEAD = "ROLE_ACTION_LEAD";
    public static final String VIEWER = "ROLE_VIEWER";
    private static final Set<String> READERS = Set.of(ADMINISTRATOR, PLAN_MANAGER, ACTION_LEAD, VIEWER);

    /** Published plans for anyone; every plan for a signed-in user with a role. */
    public boolean canRead(Authentication authentication, ActionPlan plan) {
        return plan.isPublished() || canReadUnpublished(authentication);
    }

    /** Whether unpublished plans are visible at all: any signed-in role. */
    public boolean canReadUnpublished(Authentication authentication) {
        return hasAny(authentication, READERS);
    }

    /** Post a progress update: managers on any action, a lead on actions whose lead they hold. */
    public boolean canUpdate(Authentication authentication, Action action) {
        if (canManage(authentication)) {
            return true;
        }
        return hasAny(authentication, Set.of(ACTION_LEAD)) && holdsLeadOf(authentication.getName(), action);
    }

    /** Create and edit plans, recommendations and actions, override RAG, move deadlines. */
    public boolean canManage(Authentication authentication) {
        return hasAny(authentication, Set.of(ADMINISTRATOR, PLAN_MANAGER));
    }

    public boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static boolean holdsLeadOf(String username, Action action) {
        return action.getLeads().stream().anyMatch(l -> username.equals(l.getHeldBy()));
    }

    private boolean hasAny(Authentication authentication, Set<String> authorities) {
        return isSignedIn(authentication) && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(authorities::contains);
    }
}
