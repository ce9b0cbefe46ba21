package org.oversight.plan;

import jakarta.persistence.EntityManager;
import java.util.NoSuchElementException;

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

    static ActionChangedMeanwhile changedMeanwhile(Action action) {
        return LastChange.of(action)
                .map(c -> new ActionChangedMeanwhile(action.getId(), action.getVersion(), c.by(), c.at(), c.what()))
                .orElseGet(() -> new ActionChangedMeanwhile(action.getId(), action.getVersion(), null, null));
    }
}
