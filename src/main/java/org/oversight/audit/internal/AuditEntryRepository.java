package org.oversight.audit.internal;

import java.util.List;
import java.util.Optional;
import org.oversight.audit.AuditEntry;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only: it can save and read, and offers no way to change or delete. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {
    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByAtAscIdAsc(String entityType, Long entityId);

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByAtDescIdDesc(String entityType, Long entityId);

    // written out, not derived from the names: a derived query with a limit is built afresh for every call
    @Query("select e from AuditEntry e where e.entityType = ?1 and e.entityId = ?2 order by e.at desc, e.id desc")
    List<AuditEntry> findNewestOf(String entityType, Long entityId, Limit limit);

    @Query("select count(e) from AuditEntry e where e.entityType = ?1 and e.entityId = ?2")
    long countOf(String entityType, Long entityId);

    /** The next part of the chain after a position, in order. */
    List<AuditEntry> findByChainPositionGreaterThanOrderByChainPositionAsc(long position, Limit limit);

    Optional<AuditEntry> findFirstByChainPositionNotNullOrderByChainPositionDesc();

    long countByChainPositionIsNull();
}
