package org.oversight.audit;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.Immutable;

/** One change, as it was recorded. Immutable: the trail is only ever added to. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "at_time", updatable = false)
    private Instant at;
    @Column(updatable = false)
    private String username;
    @Column(name = "entity_type", updatable = false)
    private String entityType;
    @Column(name = "entity_id", updatable = false)
    private Long entityId;
    @Column(name = "change_kind", updatable = false)
    private String changeKind;
    @Column(updatable = false)
    private String summary;
    @Column(name = "before_state", updatable = false)
    private String before;
    @Column(name = "after_state", updatable = false)
    private String after;
    @Column(name = "chain_position", updatable = false)
    private Long chainPosition;
    @Column(name = "previous_hash", updatable = false)
    private String previousHash;
    @Column(name = "entry_hash", updatable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String username, String entityType, Long entityId, String changeKind,
            String summary, String before, String after) {
        this.at = at.truncatedTo(ChronoUnit.MICROS);
        this.username = username;
        this.entityType = entityType;
        this.entityId = entityId;
        this.changeKind = changeKind;
        this.summary = summary;
        this.before = before;
        this.after = after;
    }

    /** Places the entry at the end of the chain: after the entry whose hash is given. */
    void chainAfter(long position, String previous) {
        this.chainPosition = position;
        this.previousHash = previous;
        this.entryHash = AuditHash.of(this);
    }

    /** The entry as templates and other features read it. */
    public AuditRecord toRecord() {
        return new AuditRecord(at, username, entityType, entityId, changeKind, summary, before, after);
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getUsername() { return username; }
    public String getEntityType() { return entityType; }
    public Long getEntityId() { return entityId; }
    public String getChangeKind() { return changeKind; }
    public String getSummary() { return summary; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
    public Long getChainPosition() { return chainPosition; }
    public String getPreviousHash() { return previousHash; }
    public String getEntryHash() { return entryHash; }
}
