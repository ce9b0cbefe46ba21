package org.oversight.account;

/**
 * An account as pages and other features see it: no password, nothing to change. The
 * organisation is null for an account that serves the whole instance; the group is an adviser's.
 */
public record AccountSummary(Long id, String username, String displayName, Role role, boolean enabled,
                             Long organisationId, Long groupId) {
    public AccountSummary(Long id, String username, String displayName, Role role, boolean enabled, Long organisationId) {
        this(id, username, displayName, role, enabled, organisationId, null);
    }

    static AccountSummary of(Account account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.isEnabled(), account.getOrganisationId(), account.getGroupId());
    }
}
