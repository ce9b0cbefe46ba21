package org.oversight.account;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.oversight.account.internal.AccountRepository;
import org.oversight.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and disables accounts. Every change goes on the audit trail. */
@Service
@Transactional
public class Accounts {
    private static final String ENTITY = "Account";
    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final PasswordRules passwordRules;

    public Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, AuditTrail auditTrail,
            PasswordRules passwordRules) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.passwordRules = passwordRules;
    }

    /**
     * Creates an account; the password must keep the {@link PasswordRules} and is stored
     * only as a hash.
     */
    public AccountSummary create(String username, String displayName, Role role, String rawPassword) {
        return create(username, displayName, role, rawPassword, null);
    }

    /** Creates an account of the given organisation (null: one that serves the whole instance). */
    public AccountSummary create(String username, String displayName, Role role, String rawPassword,
            Long organisationId) {
        return create(username, displayName, role, rawPassword, organisationId, null, false);
    }

    /**
     * Creates an account of the given organisation (null: the whole instance) that advises the
     * given group (null: none; only an adviser's group is kept).
     */
    public AccountSummary create(String username, String displayName, Role role, String rawPassword,
            Long organisationId, Long groupId) {
        return create(username, displayName, role, rawPassword, organisationId, groupId, false);
    }

    private AccountSummary create(String username, String displayName, Role role, String rawPassword,
            Long organisationId, Long groupId, boolean demo) {
        passwordRules.problemWith(rawPassword, username).filter(code -> !(demo && PasswordRules.PUBLISHED.equals(code)))
                .ifPresent(code -> {
                    throw new WeakPasswordException(code);
                });
        if (username != null && repository.existsByUsernameIgnoreCase(username.strip())) {
            throw new UsernameTakenException(username.strip());
        }
        Account unsaved = new Account(username, displayName, role, passwordEncoder.encode(rawPassword));
        unsaved.belongTo(organisationId);
        unsaved.adviseGroup(role == Role.ADVISER ? groupId : null);
        Account account = repository.save(unsaved);
        AccountSummary created = AccountSummary.of(account);
        auditTrail.record(ENTITY, account.getId(), "CREATE", "Created account " + account.getUsername(),
                null, created);
        return created;
    }

    /**
     * Creates one of the demo's accounts, whose password is the one the demo publishes: the only
     * account that may have it. Every other rule still applies.
     */
    public AccountSummary createDemo(String username, String displayName, Role role, String publishedPassword) {
        if (!PasswordRules.PUBLISHED_DEMO_PASSWORD.equals(publishedPassword)) {
            throw new IllegalArgumentException("A demo account has the demo's published password");
        }
        return create(username, displayName, role, publishedPassword, null, null, true);
    }

    /**
     * Changes a local account's password after checking the current one. Returns false, and
     * changes nothing, when the current password is wrong or there is no such account.
     */
    public boolean changePassword(String username, String currentPassword, String newPassword) {
        Account account = username == null ? null : repository.findByUsernameIgnoreCase(username.strip()).orElse(null);
        if (account == null || currentPassword == null
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            return false;
        }
        requireGoodPassword(newPassword, account.getUsername());
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        auditTrail.record(ENTITY, account.getId(), "PASSWORD_CHANGE",
                "Changed the password of " + account.getUsername(), null, null);
        return true;
    }

    private void requireGoodPassword(String rawPassword, String username) {
        passwordRules.problemWith(rawPassword, username).ifPresent(code -> {
            throw new WeakPasswordException(code);
        });
    }

    @Transactional(readOnly = true)
    public Optional<String> displayNameOf(String username) {
        return find(username).map(AccountSummary::displayName);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return repository.findByUsernameIgnoreCase(username.strip()).map(AccountSummary::of);
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return repository.findAllByOrderByUsername().stream().map(AccountSummary::of).toList();
    }

    /** The accounts of one organisation, or every account when it is null (someone serving the whole instance). */
    @Transactional(readOnly = true)
    public List<AccountSummary> listFor(Long organisationId) {
        return organisationId == null ? list()
                : repository.findByOrganisationIdOrderByUsername(organisationId).stream().map(AccountSummary::of).toList();
    }

    /**
     * Makes the account one organisation's (null: the whole instance's). Returns false, and
     * changes nothing, when there is no such account.
     */
    public boolean placeIn(String username, Long organisationId) {
        Account account = username == null ? null : repository.findByUsernameIgnoreCase(username.strip()).orElse(null);
        if (account == null) {
            return false;
        }
        if (!Objects.equals(account.getOrganisationId(), organisationId)) {
            AccountSummary before = AccountSummary.of(account);
            account.belongTo(organisationId);
            auditTrail.record(ENTITY, account.getId(), "ORGANISATION", "Changed the organisation of "
                    + account.getUsername(), before, AccountSummary.of(account));
        }
        return true;
    }

    /**
     * Makes the account an adviser of the group (null: of none). Returns false, and changes
     * nothing, when there is no such account.
     */
    public boolean adviseGroup(String username, Long groupId) {
        Account account = username == null ? null : repository.findByUsernameIgnoreCase(username.strip()).orElse(null);
        if (account == null) {
            return false;
        }
        if (!Objects.equals(account.getGroupId(), groupId)) {
            AccountSummary before = AccountSummary.of(account);
            account.adviseGroup(groupId);
            auditTrail.record(ENTITY, account.getId(), "GROUP", "Changed the group "
                    + account.getUsername() + " advises", before, AccountSummary.of(account));
        }
        return true;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> withRole(Role role) {
        return list().stream().filter(a -> a.role() == role && a.enabled()).toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return username != null && repository.existsByUsernameIgnoreCase(username.strip());
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** Stops an account signing in. Accounts are never deleted. */
    public void disable(Long id) {
        setEnabled(id, false);
    }

    public void enable(Long id) {
        setEnabled(id, true);
    }

    private void setEnabled(Long id, boolean enabled) {
        Account account = repository.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No account " + id));
        if (account.isEnabled() == enabled) {
            return;
        }
        AccountSummary before = AccountSummary.of(account);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        auditTrail.record(ENTITY, id, enabled ? "ENABLE" : "DISABLE",
                (enabled ? "Enabled account " : "Disabled account ") + account.getUsername(),
                before, AccountSummary.of(account));
    }
}
