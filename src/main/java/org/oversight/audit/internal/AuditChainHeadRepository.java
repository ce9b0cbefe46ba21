package org.oversight.audit.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reads the end of the chain, locking it for the rest of the transaction when appending. */
public interface AuditChainHeadRepository extends Repository<AuditChainHead, Integer> {
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AuditChainHead h where h.id = 1")
    Optional<AuditChainHead> lockHead();

    @Query("select h from AuditChainHead h where h.id = 1")
    Optional<AuditChainHead> readHead();

    AuditChainHead save(AuditChainHead head);
}
