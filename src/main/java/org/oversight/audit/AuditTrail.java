package org.oversight.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.oversight.audit.internal.AuditChainHead;
import org.oversight.audit.internal.AuditChainHeadRepository;
import org.oversight.audit.internal.AuditEntryRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change with who made it. {@code before} and {@code after} may be null, a
 * String (stored as given, taken to be JSON already) or any object Jackson can write: pass
 * a map or a small record, not a JPA entity with lazy associations.
 */
@Service
public class AuditTrail {
    /** The name recorded when no one is signed in (start-up, command line, scheduled work). */
    public static final String SYSTEM = "system";
    private static final int MAX_STATE = 20_000;
    private static final int MAX_SUMMARY = 1_000;
    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository heads;
    private final JsonMapper json;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    public AuditTrail(AuditEntryRepository entries, AuditChainHeadRepository heads, ObjectProvider<JsonMapper> json,
            ObjectProvider<Clock> clock) {
        this.entries = entries;
        this.heads = heads;
        this.json = json.getIfAvailable(JsonMapper::new);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Adds one entry at the end of the chain, in the caller's transaction when there is one.
     * The end of the chain stays locked until that transaction ends, so other writers wait.
     */
    @Transactional
    public AuditEntry record(String entityType, Long entityId, String changeKind, String summary,
            Object before, Object after) {
        AuditEntry entry = new AuditEntry(clock.instant(), currentUsername(), entityType, entityId, changeKind,
                cut(summary, MAX_SUMMARY), cut(toJson(before), MAX_STATE), cut(toJson(after), MAX_STATE));
        AuditChainHead head = heads.lockHead().map(this::current).orElseGet(this::restoreHead);
        entry.chainAfter(head.getLastPosition() + 1, head.getLastHash());
        head.advance(entry.getChainPosition(), entry.getEntryHash());
        return entries.save(entry);
    }

    /**
     * The locked head as the database now holds it. A persistence context that outlives one
     * transaction (a web request's) may still hold the head as an earlier transaction left it,
     * and the locking query hands that copy back without reading the row again.
     */
    private AuditChainHead current(AuditChainHead head) {
        entityManager.flush();
        entityManager.refresh(head);
        return head;
    }

    /** Rebuilds a missing end-of-chain row from the last chained entry (or the start of a chain). */
    private AuditChainHead restoreHead() {
        AuditChainHead head = entries.findFirstByChainPositionNotNullOrderByChainPositionDesc()
                .map(last -> new AuditChainHead(last.getChainPosition(), last.getEntryHash()))
                .orElseGet(() -> new AuditChainHead(0, AuditHash.GENESIS));
        heads.save(head);
        return heads.lockHead().orElseThrow();
    }

    /** Every entry about one thing, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String entityType, Long entityId) {
        return entries.findByEntityTypeAndEntityIdOrderByAtAscIdAsc(entityType, entityId);
    }

    /** The same history as read-only records, newest first, for pages. */
    @Transactional(readOnly = true)
    public List<AuditRecord> recordsOf(String entityType, Long entityId) {
        return entries.findByEntityTypeAndEntityIdOrderByAtDescIdDesc(entityType, entityId).stream()
                .map(AuditEntry::toRecord).toList();
    }

    /** The newest {@code newest} entries about one thing, newest first, for a page that shows the rest on request. */
    @Transactional(readOnly = true)
    public List<AuditRecord> recordsOf(String entityType, Long entityId, int newest) {
        return entries.findNewestOf(entityType, entityId, Limit.of(newest)).stream()
                .map(AuditEntry::toRecord).toList();
    }

    /** How many entries there are about one thing. */
    @Transactional(readOnly = true)
    public long countOf(String entityType, Long entityId) {
        return entries.countOf(entityType, entityId);
    }

    private String toJson(Object state) {
        if (state == null || state instanceof String) {
            return (String) state;
        }
        return json.writeValueAsString(state);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return auth.getName();
    }
}
