package org.oversight.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
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

    ActionRevisions(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public void overrideRag(long actionId, long expectedVersion, RagColour colour, String reason, String by) {
        Action action = ActionVersions.load(em, actionId, expectedVersion);
        if (colour == null) {
            action.clearOverride();
        } else {
            action.overrideRag(colour, reason, by, clock.instant());
        }
        em.lock(action, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Transactional
    public DeadlineChange moveDeadline(long actionId, long expectedVersion, LocalDate newDue, String agreedBy,
                                       String reason, String by) {
        Action action = ActionVersions.load(em, actionId, expectedVersion);
        DeadlineChange change = action.moveDeadline(newDue, agreedBy, reason, by, clock.instant());
        em.lock(action, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return change;
    }
}
