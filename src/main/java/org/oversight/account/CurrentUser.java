package org.oversight.account;

import java.util.Arrays;
import org.oversight.account.internal.AccountPrincipal;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person using Oversight right now, or nobody. Controllers may take it as a method
 * parameter; services call {@link #now()}; every page model holds it as {@code currentUser}.
 */
public record CurrentUser(String username, String displayName, Role role, Long organisationId, Long groupId) {
    private static final CurrentUser ANONYMOUS = new CurrentUser(null, null, null, null, null);

    /** Someone of an organisation (null: of none), advising no group. */
    public CurrentUser(String username, String displayName, Role role, Long organisationId) {
        this(username, displayName, role, organisationId, null);
    }

    /** Someone who serves the whole instance (belongs to no one organisation). */
    public CurrentUser(String username, String displayName, Role role) {
        this(username, displayName, role, null);
    }

    public static CurrentUser anonymous() {
        return ANONYMOUS;
    }

    /** The user of the current request or thread, from the security context. */
    public static CurrentUser now() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static CurrentUser of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return new CurrentUser(principal.getUsername(), principal.displayName(), principal.role(),
                    principal.organisationId(), principal.groupId());
        }
        Role role = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(Role::fromAuthority).filter(r -> r != null).findFirst().orElse(null);
        String displayName = authentication.getName();
        if (authentication.getPrincipal() instanceof OidcUser organisationUser && organisationUser.getFullName() != null) {
            displayName = organisationUser.getFullName();
        }
        return new CurrentUser(authentication.getName(), displayName, role,
                OrganisationAuthority.organisationOf(authentication), GroupAuthority.groupOf(authentication));
    }

    public boolean isSignedIn() { return username != null; }

    /**
     * Whether something owned by the given organisation (null: by none) is within this person's
     * reach, to read: everything is for someone who belongs to no organisation; otherwise only
     * their own organisation's and what belongs to none.
     */
    public boolean reaches(Long ownerId) {
        return organisationId == null || ownerId == null || organisationId.equals(ownerId);
    }

    /**
     * Whether this person's organisation may change something owned by the given organisation
     * (null: by none), their role permitting: someone who belongs to no organisation manages
     * everything; anyone else only their own organisation's things, never what belongs to none,
     * which they may only read.
     */
    public boolean manages(Long ownerId) {
        return organisationId == null || organisationId.equals(ownerId);
    }

    /** True when signed in with any of the given roles. */
    public boolean hasRole(Role... roles) {
        return role != null && Arrays.asList(roles).contains(role);
    }

    public boolean isAdministrator() { return hasRole(Role.ADMINISTRATOR); }

    /** An adviser of a group: reads what councils share with it, changes nothing. */
    public boolean isAdviser() { return hasRole(Role.ADVISER); }

    /** May create and edit plans, recommendations and actions, override RAG, move deadlines. */
    public boolean canManagePlans() { return hasRole(Role.ADMINISTRATOR, Role.PLAN_MANAGER); }

    /** May post progress updates (an action lead only on actions whose lead they hold). */
    public boolean canPostUpdates() { return hasRole(Role.ADMINISTRATOR, Role.PLAN_MANAGER, Role.ACTION_LEAD); }

    /** The role as people say it, or an empty string when nobody is signed in. */
    public String roleLabel() { return role == null ? "" : role.label(); }

    /** The username for audit and authorship: "anonymous" when nobody is signed in. */
    public String usernameOrAnonymous() { return isSignedIn() ? username : "anonymous"; }
}
