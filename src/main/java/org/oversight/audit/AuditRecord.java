package org.oversight.audit;

import java.time.Instant;

/**
 * One change for display: when, who, what (entity type, id and kind of change), a
 * one-line summary, and the state before and after as JSON text (null when none).
 */
public record AuditRecord(Instant when, String who, String entityType, Long entityId, String changeKind,
        String summary, String before, String after) {
}
