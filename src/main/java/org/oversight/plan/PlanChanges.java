package org.oversight.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed in a plan between two dates: actions newly red, turned green, completed,
 * deadlines moved, updates posted. Boards ask this first.
 */
public record PlanChanges(LocalDate since, LocalDate asAt, List<Change> changes) {
    static final String UPDATED = "Updated";

    /** One change, in words, about one action (its id; none if it was not saved when assessed). */
    public record Change(Long actionId, String reference, String kind, String words) {
    }

    /** The changes between two assessments of the same plan, for the actions assessed in the later. */
    public static PlanChanges between(PlanAssessment before, PlanAssessment after) {
        List<Change> changes = new ArrayList<>();
        List<ActionFacts> actions = after.facts().actions();
        for (int i = 0; i < actions.size(); i++) {
            ActionFacts a = actions.get(i);
            StatusAssessment now = after.of(i);
            StatusAssessment then = before.ofKey(a.key()).orElseThrow(() ->
                    new IllegalArgumentException("Action " + a.reference() + " was not assessed on " + before.asAt()));
            colourChange(a, then, now).ifPresent(changes::add);
            a.deadlineMoves().stream()
                    .filter(d -> d.changedOn() != null && !d.changedOn().isBefore(before.asAt()))
                    .forEach(d -> changes.add(new Change(a.id(), a.reference(), "Deadline moved", "Deadline moved from "
                            + LongDate.of(d.previousDue()) + " to " + LongDate.of(d.newDue()) + ", agreed by "
                            + d.agreedBy() + ": " + d.reason())));
            long updates = after.updatesSince(a, before.asAt());
            if (updates > 0) {
                changes.add(new Change(a.id(), a.reference(), UPDATED, updates + (updates == 1 ? " update" : " updates") + " posted"));
            }
        }
        return new PlanChanges(before.asAt(), after.asAt(), changes);
    }

    private static java.util.Optional<Change> colourChange(ActionFacts a, StatusAssessment then, StatusAssessment now) {
        if (now.has(StatusRule.COMPLETE) && !then.has(StatusRule.COMPLETE)) {
            return java.util.Optional.of(new Change(a.id(), a.reference(), "Completed", now.headline()));
        }
        if (then.rag() == now.rag()) {
            return java.util.Optional.empty();
        }
        String kind = now.rag() == RagColour.RED ? "Newly red" : now.rag() == RagColour.GREEN ? "Turned green" : "Now " + now.rag().label().toLowerCase();
        return java.util.Optional.of(new Change(a.id(), a.reference(), kind, "Was " + then.rag().label() + ", now " + now.rag().label() + ": " + now.headline()));
    }

    /** The changes a board looks for first: everything but progress updates, which are counted instead. */
    public List<Change> notable() {
        return changes.stream().filter(c -> !c.kind().equals(UPDATED)).toList();
    }

    /** How many actions had progress updates posted in the time. */
    public int actionsUpdated() {
        return ofKind(UPDATED).size();
    }

    public List<Change> ofKind(String kind) {
        return changes.stream().filter(c -> c.kind().equals(kind)).toList();
    }
}
