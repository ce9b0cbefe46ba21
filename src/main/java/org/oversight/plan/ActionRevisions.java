package org.oversight.plan;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import org.oversight.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes an accountable officer makes to an action: overriding the proposed RAG and moving
 * the deadline. Each states the version it was made against, so no change is lost.
 */
@Service
public class ActionRevisions {
    private final EntityManager em;
    private final Clock clock;
    private final AuditTrail audit;

    ActionRevisions(EntityManager em, Clock clock, AuditTrail audit) {
        this.em = em;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public void overrideRag(long actionId, long expectedVersion, RagColour colour, String reason, String by) {
        Action action = ActionVersions.load(em, actionId, expectedVersion);
        Object before = ActionSnapshots.overrideOf(action);
        if (colour == null) {
            action.clearOverride();
        } else {
            action.overrideRag(colour, reason, by, clock.instant());
        }
        ActionVersions.saveNow(em, action);
        audit.record("Action", actionId, "RAG_OVERRIDE", colour == null ? "RAG override removed"
                : "RAG overridden to " + colour.label() + ": " + reason, before, ActionSnapshots.overrideOf(action));
    }

    @Transactional
    public DeadlineChange moveDeadline(long actionId, long expectedVersion, LocalDate newDue, String agreedBy,
                                       String reason, String by) {
        Action action = ActionVersions.load(em, actionId, expectedVersion);
        LocalDate before = action.getDueDate();
        DeadlineChange change = action.moveDeadline(newDue, agreedBy, reason, by, clock.instant());
        ActionVersions.saveNow(em, action);
        audit.record("Action", actionId, "DEADLINE_MOVED", "Deadline moved to " + LongDate.of(newDue)
                + ", agreed by " + agreedBy + ": " + reason, java.util.Map.of("due", String.valueOf(before)),
                java.util.Map.of("due", newDue.toString(), "agreedBy", agreedBy, "reason", reason));
        return change;
    }
}
