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
    private final List<Part> workstreams;
    private final List<Part> recommendations;
    private final Map<Object, Integer> byKey;

    /** A workstream or a live recommendation of the plan, in the plan's order: its key, id, number and title (or words). */
    record Part(Object key, Long id, String number, String title) {
    }

    private PlanFacts(List<ActionFacts> actions, List<Part> workstreams, List<Part> recommendations) {
        this.actions = List.copyOf(actions);
        this.workstreams = List.copyOf(workstreams);
        this.recommendations = List.copyOf(recommendations);
        this.byKey = new HashMap<>();
        for (int i = 0; i < this.actions.size(); i++) {
            byKey.put(this.actions.get(i).key(), i);
        }
    }

    /** The facts of the plan's live actions, and its workstreams and live recommendations. */
    static PlanFacts of(ActionPlan plan, boolean withUpdates) {
        return new PlanFacts(plan.actions().stream().map(a -> ActionFacts.of(a, withUpdates)).toList(),
                plan.getWorkstreams().stream().map(w -> new Part(ActionFacts.key(w), w.getId(), w.getNumber(), w.getTitle())).toList(),
                plan.getRecommendations().stream().map(r -> new Part(ActionFacts.key(r), r.getId(), r.getNumber(), r.getText())).toList());
    }

    /** The facts of the given actions only (an action and what it depends on). */
    static PlanFacts of(List<Action> actions, boolean withUpdates) {
        return new PlanFacts(actions.stream().map(a -> ActionFacts.of(a, withUpdates)).toList(), List.of(), List.of());
    }

    List<ActionFacts> actions() {
        return actions;
    }

    /** The plan's workstreams (none when only some actions' facts were read). */
    List<Part> workstreams() {
        return workstreams;
    }

    /** The plan's live recommendations (none when only some actions' facts were read). */
    List<Part> recommendations() {
        return recommendations;
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
