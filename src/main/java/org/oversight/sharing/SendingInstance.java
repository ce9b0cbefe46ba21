package org.oversight.sharing;

import jakarta.persistence.*;
import java.time.Instant;

/**
 * Another Oversight instance allowed to publish its councils' shared standings to this one, with
 * the group on this instance they are shown to. Only the SHA-256 of its API token is kept.
 */
@Entity
@Table(name = "sending_instance")
public class SendingInstance {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "group_id")
    private SharingGroup group;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected SendingInstance() {
    }

    SendingInstance(String name, SharingGroup group, String tokenHash, String by, Instant at) {
        this.name = name;
        this.group = group;
        this.tokenHash = tokenHash;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Gives the instance a new token (the old one stops working), in the same or another group. */
    void reissue(SharingGroup group, String tokenHash, String by, Instant at) {
        this.group = group;
        this.tokenHash = tokenHash;
        this.createdBy = by;
        this.createdAt = at;
        this.revokedAt = null;
    }

    void revoke(Instant at) { this.revokedAt = at; }

    public boolean isRevoked() { return revokedAt != null; }

    public Long getId() { return id; }
    public String getName() { return name; }
    public SharingGroup getGroup() { return group; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
