package org.oversight.plan;

import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may read a plan, post progress on an action, and manage plans. Anonymous visitors read
 * published plans only; action leads update the actions whose leads they hold; plan managers
 * and administrators manage everything.
 */
@Component
public class PlanAccess {
    private static final Set<String> MANAGERS = Set.of("ROLE_ADMINISTRATOR", "ROLE_PLAN_MANAGER");

    public boolean signedIn(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    public boolean canRead(Authentication auth, ActionPlan plan) {
        return !plan.isArchived() && (plan.isPublished() || signedIn(auth));
    }

    public boolean canManage(Authentication auth) {
        return signedIn(auth) && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(MANAGERS::contains);
    }

    public boolean canUpdate(Authentication auth, Action action) {
        if (canManage(auth)) {
            return true;
        }
        boolean lead = signedIn(auth) && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ACTION_LEAD"));
        return lead && action.getLeads().stream().anyMatch(l -> auth.getName().equals(l.getHeldBy()));
    }
}
