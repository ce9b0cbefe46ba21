package org.oversight.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain, in one row. Appending an entry locks this row until the
 * transaction ends, so concurrent writers add their entries one after another.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {
    public static final int ONLY = 1;
    @Id
    private Integer id;
    @Column(name = "last_position")
    private long lastPosition;
    @Column(name = "last_hash")
    private String lastHash;

    protected AuditChainHead() {
    }

    public AuditChainHead(long lastPosition, String lastHash) {
        this.id = ONLY;
        this.lastPosition = lastPosition;
        this.lastHash = lastHash;
    }

    public void advance(long position, String hash) {
        this.lastPosition = position;
        this.lastHash = hash;
    }

    public long getLastPosition() { return lastPosition; }
    public String getLastHash() { return lastHash; }
}
