package org.oversight.account;

import jakarta.persistence.*;
import java.time.Duration;
import java.time.Instant;

/**
 * Someone who may sign in. Accounts are disabled, never deleted, so that the audit trail
 * and the leads they held keep a name to point to.
 */
@Entity
@Table(name = "account")
public class Account {
    /** Failed sign-ins in a row that lock an account. */
    public static final int MAX_FAILED_ATTEMPTS = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private boolean enabled = true;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Column(name = "group_id")
    private Long groupId;

    protected Account() {
    }

    public Account(String username, String displayName, Role role, String passwordHash) {
        this.username = requireText(username, "An account needs a username").toLowerCase();
        this.displayName = requireText(displayName, "An account needs a display name");
        this.passwordHash = requireText(passwordHash, "An account needs a password");
        if (role == null) {
            throw new IllegalArgumentException("An account needs a role");
        }
        this.role = role;
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for 15 minutes. */
    public void recordFailedSignIn(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedAttempts = 0;
        }
    }

    /** A successful sign-in clears the count of failures. */
    public void recordSuccessfulSignIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Makes this account one organisation's: it then sees and manages that organisation's plans,
     * indicators and boards only. Null makes it serve the whole instance.
     */
    public void belongTo(Long organisationId) { this.organisationId = organisationId; }

    /**
     * Makes this account an adviser's of one group (a region, national): it reads what councils
     * share with that group. Null takes it out of every group.
     */
    public void adviseGroup(Long groupId) { this.groupId = groupId; }

    public void disable() { enabled = false; }

    public void enable() { enabled = true; }

    public void changePasswordHash(String newHash) {
        this.passwordHash = requireText(newHash, "An account needs a password");
    }

    private static String requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public boolean isEnabled() { return enabled; }
    public int getFailedAttempts() { return failedAttempts; }
    public Instant getLockedUntil() { return lockedUntil; }
    /** The organisation this account belongs to, or null for an account serving the whole instance. */
    public Long getOrganisationId() { return organisationId; }
    /** The group (region, national) whose shared plans and figures an adviser reads, or null. */
    public Long getGroupId() { return groupId; }
}
