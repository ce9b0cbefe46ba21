package org.oversight.audit.internal;

import java.util.List;
import org.oversight.audit.AuditEntry;
import org.springframework.data.repository.Repository;

/** Append-only: it can save and read, and offers no way to delete. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {
    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByAtAscIdAsc(String entityType, Long entityId);

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByAtDescIdDesc(String entityType, Long entityId);
}
