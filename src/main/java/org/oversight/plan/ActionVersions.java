package org.oversight.plan;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.NoSuchElementException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Loads an action for a change, refusing when it changed since the person last saw it. */
final class ActionVersions {
    private ActionVersions() {
    }

    static Action load(EntityManager em, long actionId, long expectedVersion) {
        Action action = em.find(Action.class, actionId);
        if (action == null || action.isArchived()) {
            throw new NoSuchElementException("There is no action " + actionId);
        }
        if (action.getVersion() != expectedVersion) {
            throw changedMeanwhile(action);
        }
        return action;
    }

    /**
     * Writes the change to the action now, as a new version, so that a change someone else saved
     * meanwhile is refused here in words rather than when the transaction commits. The new version
     * is written at once, even when only a progress update was added, so the action's row is locked
     * before anything else (the end of the audit chain): every writer takes its locks in the same
     * order, and two writers never wait for each other. Someone else saving the same action at
     * this very moment, for longer than the database waits for a lock, is the same conflict.
     */
    static void saveNow(EntityManager em, Action action) {
        try {
            em.lock(action, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException | PessimisticLockException
                 | LockTimeoutException e) {
            throw changedMeanwhile(action);
        }
    }

    static ActionChangedMeanwhile changedMeanwhile(Action action) {
        return LastChange.of(action)
                .map(c -> new ActionChangedMeanwhile(action.getId(), action.getVersion(), c.by(), c.at(), c.what()))
                .orElseGet(() -> new ActionChangedMeanwhile(action.getId(), action.getVersion(), null, null));
    }
}
