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

    private OrganisationAuthority() {
    }

    public static String of(long organisationId) {
        return PREFIX + organisationId;
    }

    /** The organisation the authentication carries, or null for none (or nobody signed in). */
    public static Long organisationOf(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(PREFIX)) {
                try {
                    return Long.valueOf(name.substring(PREFIX.length()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
