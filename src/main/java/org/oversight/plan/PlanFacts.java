package org.oversight.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of a plan's live actions, in the plan's order, as the status rules read them
 * ({@link ActionFacts}). Read from the plan's actions once for each of its revisions and kept by
 * {@link PlanAssessor}, so a plan assessed on another date (another board's "as at" date) loads no
 * action, dependency or deadline change again. Facts read from a stored plan with nothing
 * uncommitted hold no entity.
 */
final class PlanFacts {
    private final List<ActionFacts> actions;
    private final Map<Object, Integer> byKey;

    private PlanFacts(List<ActionFacts> actions) {
        this.actions = List.copyOf(actions);
        this.byKey = new HashMap<>();
        for (int i = 0; i < this.actions.size(); i++) {
            byKey.put(this.actions.get(i).key(), i);
        }
    }

    /** The facts of the given actions (a plan's live actions, or an action and what it depends on). */
    static PlanFacts of(List<Action> actions, boolean withUpdates) {
        return new PlanFacts(actions.stream().map(a -> ActionFacts.of(a, withUpdates)).toList());
    }

    List<ActionFacts> actions() {
        return actions;
    }

    int size() {
        return actions.size();
    }

    /** Where the action with the key is in the list. */
    Optional<Integer> indexOf(Object key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /**
     * Where the action is in the list: by its id, or by the action itself when it was not saved
     * when the facts were read.
     */
    Optional<Integer> indexOf(Action action) {
        Integer i = action.getId() == null ? null : byKey.get(action.getId());
        return Optional.ofNullable(i != null ? i : byKey.get(action));
    }
}
