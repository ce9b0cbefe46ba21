package org.oversight.account;

import org.springframework.security.core.Authentication;

/**
 * The authority that says which group (a region, "national", an improvement partnership) an
 * adviser advises, {@code GROUP_<id>}. An adviser reads what councils share with that group and
 * nothing else of theirs.
 */
public final class GroupAuthority {
    private static final String PREFIX = "GROUP_";

    private GroupAuthority() {
    }

    public static String of(long groupId) {
        return PREFIX + groupId;
    }

    /** The group the authentication carries, or null for none (or nobody signed in). */
    public static Long groupOf(Authentication authentication) {
        return authentication == null ? null : OrganisationAuthority.idAfter(authentication, PREFIX);
    }
}
