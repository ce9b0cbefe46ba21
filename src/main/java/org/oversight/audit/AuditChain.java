package org.oversight.audit;

import java.util.List;
import org.oversight.audit.internal.AuditChainHead;
import org.oversight.audit.internal.AuditChainHeadRepository;
import org.oversight.audit.internal.AuditEntryRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks that the audit trail is as it was recorded: every entry's content still matches
 * its hash, every entry points to the hash of the one before, no position is missing, and
 * the chain ends where the end-of-chain row says it does.
 */
@Service
public class AuditChain {
    private static final int PAGE = 500;
    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository heads;

    public AuditChain(AuditEntryRepository entries, AuditChainHeadRepository heads) {
        this.entries = entries;
        this.heads = heads;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        long unchained = entries.countByChainPositionIsNull();
        long position = 0;
        String previousHash = AuditHash.GENESIS;
        long checked = 0;
        List<AuditEntry> page;
        do {
            page = entries.findByChainPositionGreaterThanOrderByChainPositionAsc(position, Limit.of(PAGE));
            for (AuditEntry entry : page) {
                long expected = position + 1;
                String problem = problemWith(entry, expected, previousHash);
                if (problem != null) {
                    return ChainVerification.broken(checked, unchained, expected, problem);
                }
                checked++;
                position = entry.getChainPosition();
                previousHash = entry.getEntryHash();
            }
        } while (page.size() == PAGE);
        AuditChainHead head = heads.readHead().orElse(null);
        if (head == null) {
            return ChainVerification.broken(checked, unchained, position + 1,
                    "The record of where the chain ends has been removed from the database.");
        }
        if (head.getLastPosition() != position || !head.getLastHash().equals(previousHash)) {
            return ChainVerification.broken(checked, unchained, position + 1, String.format(
                    "The chain should end at entry %d, but the last entry found is %d: entries at the end "
                            + "have been removed, or the record of where the chain ends has been changed.",
                    head.getLastPosition(), position));
        }
        return ChainVerification.intact(checked, unchained);
    }

    private static String problemWith(AuditEntry entry, long expected, String previousHash) {
        long found = entry.getChainPosition();
        if (found != expected) {
            return String.format("Entry %d is missing: the entry after %d is %d. It has been removed from "
                    + "the database or renumbered.", expected, expected - 1, found);
        }
        String described = String.format("Entry %d (%s, %s %s %d, by %s)", found, entry.getChangeKind(),
                entry.getEntityType(), "id", entry.getEntityId(), entry.getUsername());
        if (!previousHash.equals(entry.getPreviousHash())) {
            return described + " does not follow on from the entry before it: an earlier entry has been "
                    + "replaced, or this one has been moved.";
        }
        if (!AuditHash.of(entry).equals(entry.getEntryHash())) {
            return described + " has been changed in the database since it was recorded: its content no "
                    + "longer matches its hash.";
        }
        return null;
    }
}
