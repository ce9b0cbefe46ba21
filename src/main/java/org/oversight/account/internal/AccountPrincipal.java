package org.oversight.account.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.oversight.account.Account;
import org.oversight.account.GroupAuthority;
import org.oversight.account.OrganisationAuthority;
import org.oversight.account.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account as Spring Security holds it in the session: no entity, no hash kept. */
public final class AccountPrincipal implements UserDetails {
    private static final long serialVersionUID = 1L;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long organisationId;
    private final Long groupId;
    private transient String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    AccountPrincipal(Account account, Instant now) {
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.organisationId = account.getRole() == Role.ADVISER ? Long.valueOf(OrganisationAuthority.OUTSIDE_EVERY_ORGANISATION)
                : account.getOrganisationId();
        this.groupId = account.getRole() == Role.ADVISER ? account.getGroupId() : null;
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
        this.locked = account.isLockedAt(now);
    }

    public String displayName() { return displayName; }

    public Role role() { return role; }

    /** The organisation the account belongs to, or null when it serves the whole instance. */
    public Long organisationId() { return organisationId; }

    /** The group an adviser advises, or null (for every other role, always). */
    public Long groupId() { return groupId; }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority(role.authority())));
        if (organisationId != null) {
            authorities.add(new SimpleGrantedAuthority(OrganisationAuthority.of(organisationId)));
        }
        if (groupId != null) {
            authorities.add(new SimpleGrantedAuthority(GroupAuthority.of(groupId)));
        }
        return authorities;
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return username; }

    @Override
    public boolean isAccountNonLocked() { return !locked; }

    @Override
    public boolean isEnabled() { return enabled; }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal p && p.username.equals(username);
    }

    @Override
    public int hashCode() { return username.hashCode(); }
}
