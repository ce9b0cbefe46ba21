package org.oversight.account;

/** An account as pages and other features see it: no password, nothing to change. */
public record AccountSummary(Long id, String username, String displayName, Role role, boolean enabled) {
    static AccountSummary of(Account account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.isEnabled());
    }
}
