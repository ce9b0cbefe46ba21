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

    /** One change, in words, about one action. */
    public record Change(Action action, String kind, String words) {
    }

    public static PlanChanges between(PlanAssessment before, PlanAssessment after) {
        List<Change> changes = new ArrayList<>();
        for (Action a : after.plan().actions()) {
            StatusAssessment now = after.of(a);
            StatusAssessment then = before.of(a);
            colourChange(a, then, now).ifPresent(changes::add);
            a.getDeadlineChanges().stream()
                    .filter(d -> !d.getChangedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate().isBefore(before.asAt()))
                    .forEach(d -> changes.add(new Change(a, "Deadline moved", "Deadline moved from "
                            + LongDate.of(d.getPreviousDue()) + " to " + LongDate.of(d.getNewDue()) + ", agreed by "
                            + d.getAgreedBy() + ": " + d.getReason())));
            long updates = after.updatesSince(a, before.asAt());
            if (updates > 0) {
                changes.add(new Change(a, UPDATED, updates + (updates == 1 ? " update" : " updates") + " posted"));
            }
        }
        return new PlanChanges(before.asAt(), after.asAt(), changes);
    }

    private static java.util.Optional<Change> colourChange(Action a, StatusAssessment then, StatusAssessment now) {
        if (now.has(StatusRule.COMPLETE) && !then.has(StatusRule.COMPLETE)) {
            return java.util.Optional.of(new Change(a, "Completed", now.headline()));
        }
        if (then.rag() == now.rag()) {
            return java.util.Optional.empty();
        }
        String kind = now.rag() == RagColour.RED ? "Newly red" : now.rag() == RagColour.GREEN ? "Turned green" : "Now " + now.rag().label().toLowerCase();
        return java.util.Optional.of(new Change(a, kind, "Was " + then.rag().label() + ", now " + now.rag().label() + ": " + now.headline()));
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
