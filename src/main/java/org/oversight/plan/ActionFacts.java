package org.oversight.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.oversight.timescale.TimescaleKind;

/**
 * What the status rules read of one live action, as plain values: a plan's facts are read once
 * for each of its revisions ({@link PlanFacts}) and assessed on any date without loading the
 * actions again. An action, recommendation or workstream is named by its {@link #key(Object, Long)
 * key}: its id once saved, the object itself before.
 *
 * @param ownUpdates the action's updates as the rules read them, only where they cannot be read
 *                   from the database (an action not yet saved, or an assessor with no database)
 */
record ActionFacts(Object key, Long id, String reference, Object recommendation, Object workstream, ActionStatus status,
                   LocalDate due, LocalDate start, LocalDate completedOn, LocalDate originalDue, boolean timescaleReadable,
                   String timescaleText, boolean external, String externalEvent, List<Dependency> dependencies,
                   List<DeadlineMove> deadlineMoves, Optional<RagOverride> override, List<ProgressTimeline.Entry> ownUpdates) {

    /** What one action depends on: another action (by key and reference) or a workstream (by key and number). */
    record Dependency(DependencyKind kind, Object action, String actionReference, Object workstream, String workstreamNumber) {
    }

    /** A move of the deadline: the day it was made, from and to, who agreed it and why. */
    record DeadlineMove(LocalDate changedOn, LocalDate previousDue, LocalDate newDue, String agreedBy, String reason) {
    }

    ActionFacts {
        dependencies = List.copyOf(dependencies);
        deadlineMoves = List.copyOf(deadlineMoves);
        ownUpdates = List.copyOf(ownUpdates);
    }

    /** An entity's key: its id once saved, the entity itself before (so kept facts hold no entity). */
    static Object key(Object entity, Long id) {
        return id != null ? id : entity;
    }

    static Object key(Action a) {
        return key(a, a.getId());
    }

    static Object key(Workstream w) {
        return w == null ? null : key(w, w.getId());
    }

    static Object key(Recommendation r) {
        return key(r, r.getId());
    }

    /** The action's facts; its updates only when asked for or when it is not saved yet. */
    static ActionFacts of(Action a, boolean withUpdates) {
        Recommendation r = a.getRecommendation();
        List<Dependency> dependencies = a.getDependencies().stream().map(d -> new Dependency(d.getKind(),
                d.getTargetAction() == null ? null : key(d.getTargetAction()),
                d.getTargetAction() == null ? null : d.getTargetAction().getReference(),
                key(d.getTargetWorkstream()),
                d.getTargetWorkstream() == null ? null : d.getTargetWorkstream().getNumber())).toList();
        List<DeadlineMove> moves = a.getDeadlineChanges().stream().map(c -> new DeadlineMove(
                c.getChangedAt() == null ? null : c.getChangedAt().atZone(ZoneId.systemDefault()).toLocalDate(),
                c.getPreviousDue(), c.getNewDue(), c.getAgreedBy(), c.getReason())).toList();
        boolean external = a.getTimescale().getKind() == TimescaleKind.EXTERNAL
                || a.getDependencies().stream().anyMatch(d -> d.getKind() == DependencyKind.EXTERNAL);
        List<ProgressTimeline.Entry> updates = withUpdates || a.getId() == null ? ProgressTimeline.entriesOf(a) : List.of();
        return new ActionFacts(key(a), a.getId(), a.getReference(), key(r), key(r.getWorkstream()), a.getStatus(),
                a.getDueDate(), a.getStartDate(), a.getCompletedOn(), a.getOriginalDue(), a.getTimescale().isReadable(),
                a.getTimescale().getText(), external, a.getExternalEvent(), dependencies, moves, a.getOverride(), updates);
    }

    int deadlineMoveCount() {
        return deadlineMoves.size();
    }
}
