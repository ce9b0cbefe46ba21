package org.oversight.audit.internal;

import java.util.List;
import java.util.Optional;
import org.oversight.audit.AuditEntry;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Append-only: it can save and read, and offers no way to change or delete. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {
    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByAtAscIdAsc(String entityType, Long entityId);

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByAtDescIdDesc(String entityType, Long entityId);

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByAtDescIdDesc(String entityType, Long entityId, Limit limit);

    long countByEntityTypeAndEntityId(String entityType, Long entityId);

    /** The next part of the chain after a position, in order. */
    List<AuditEntry> findByChainPositionGreaterThanOrderByChainPositionAsc(long position, Limit limit);

    Optional<AuditEntry> findFirstByChainPositionNotNullOrderByChainPositionDesc();

    long countByChainPositionIsNull();
}
