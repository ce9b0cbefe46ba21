package org.oversight.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The authority that says which organisation a signed-in person belongs to,
 * {@code ORGANISATION_<id>}. Local accounts get it from their account, people signing in with
 * their organisation's account from {@code oversight.oidc.organisations}. Someone without one
 * serves the whole instance.
 */
public final class OrganisationAuthority {
    private static final String PREFIX = "ORGANISATION_";
    /**
     * The organisation of an adviser: they belong to no council, yet must not serve the whole
     * instance, so they carry an organisation that owns nothing (no identity is ever 0) and reach
     * only what belongs to no organisation, plus what councils share with their group.
     */
    public static final long OUTSIDE_EVERY_ORGANISATION = 0L;

    private OrganisationAuthority() {
    }

    public static String of(long organisationId) {
        return PREFIX + organisationId;
    }

    /**
     * The organisation the authentication carries, or null for none (or nobody signed in). An
     * adviser always gets {@link #OUTSIDE_EVERY_ORGANISATION} unless they carry one, however they
     * signed in, so that no adviser ever serves the whole instance.
     */
    public static Long organisationOf(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        Long carried = idAfter(authentication, PREFIX);
        if (carried != null) {
            return carried;
        }
        boolean adviser = authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADVISER.authority().equals(a.getAuthority()));
        return adviser ? Long.valueOf(OUTSIDE_EVERY_ORGANISATION) : null;
    }

    /** The id in the first authority named with the prefix, or null when there is none or it is not a number. */
    static Long idAfter(Authentication authentication, String prefix) {
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(prefix)) {
                try {
                    return Long.valueOf(name.substring(prefix.length()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
