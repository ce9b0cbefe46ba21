package org.oversight.plan;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.plan.ProgressTimeline.Entry;

/**
 * The rules that read one action's own facts on an "as at" date: completion, deadline,
 * start, staleness, waiting, drift, the lead's own assessment, an unreadable timescale.
 * Dependencies are judged afterwards by {@link PlanAssessor}, from these results.
 */
final class ActionRules {
    private final LocalDate asAt;
    private final Period cadence;
    private final RagColour completeColour;
    private final ProgressTimeline timeline;

    ActionRules(LocalDate asAt, Period cadence, RagColour completeColour) {
        this(asAt, cadence, completeColour, ProgressTimeline.inMemory());
    }

    ActionRules(LocalDate asAt, Period cadence, RagColour completeColour, ProgressTimeline timeline) {
        this.asAt = asAt;
        this.cadence = cadence;
        this.completeColour = completeColour;
        this.timeline = timeline;
    }

    List<StatusReason> reasonsFor(ActionFacts action) {
        List<StatusReason> reasons = new ArrayList<>();
        Optional<Entry> latest = timeline.latestOnOrBefore(action, asAt);
        ActionStatus status = statusAsAt(action);
        if (status == ActionStatus.COMPLETE) {
            reasons.add(new StatusReason(StatusRule.COMPLETE, completeColour, completedWords(action, latest)));
            drift(action).ifPresent(reasons::add);
            return reasons;
        }
        waiting(action, status).ifPresent(reasons::add);
        overdue(action).ifPresent(reasons::add);
        notStarted(action, status).ifPresent(reasons::add);
        stale(action, latest).ifPresent(reasons::add);
        drift(action).ifPresent(reasons::add);
        leadReported(latest).ifPresent(reasons::add);
        unreadable(action).ifPresent(reasons::add);
        return reasons;
    }

    private ActionStatus statusAsAt(ActionFacts action) {
        Optional<LocalDate> newest = timeline.newest(action);
        boolean current = newest.isEmpty() || !asAt.isBefore(newest.get());
        if (current) {
            return action.status();
        }
        return timeline.statusOnOrBefore(action, asAt);
    }

    private static String completedWords(ActionFacts action, Optional<Entry> latest) {
        LocalDate on = action.completedOn() != null ? action.completedOn()
                : latest.map(Entry::asAt).orElse(null);
        return on == null ? "Complete" : "Completed by " + LongDate.of(on);
    }

    private Optional<StatusReason> waiting(ActionFacts action, ActionStatus status) {
        if (status != ActionStatus.WAITING && !action.external()) {
            return Optional.empty();
        }
        String event = action.externalEvent() == null ? "an event outside the plan" : action.externalEvent();
        return Optional.of(new StatusReason(StatusRule.WAITING, RagColour.AMBER, "Waiting on an external event: " + event));
    }

    private Optional<StatusReason> overdue(ActionFacts action) {
        LocalDate due = action.due();
        if (due == null || !due.isBefore(asAt)) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(due, asAt);
        return Optional.of(new StatusReason(StatusRule.OVERDUE, RagColour.RED,
                "Deadline of " + LongDate.of(due) + " passed " + days + (days == 1 ? " day" : " days")
                        + " ago and the action is not complete"));
    }

    private Optional<StatusReason> notStarted(ActionFacts action, ActionStatus status) {
        LocalDate start = action.start();
        if (status != ActionStatus.NOT_STARTED || start == null || !start.isBefore(asAt)) {
            return Optional.empty();
        }
        return Optional.of(new StatusReason(StatusRule.NOT_STARTED, RagColour.RED,
                "Due to start on " + LongDate.of(start) + " but not started"));
    }

    private Optional<StatusReason> stale(ActionFacts action, Optional<Entry> latest) {
        LocalDate since = latest.map(Entry::asAt).orElse(action.start());
        if (since == null || !since.plus(cadence).isBefore(asAt)) {
            return Optional.empty();
        }
        String words = latest.isPresent()
                ? "No update since " + LongDate.of(since) + "; updates are due " + CadenceWords.of(cadence)
                : "No update recorded since it started on " + LongDate.of(since) + "; updates are due " + CadenceWords.of(cadence);
        return Optional.of(new StatusReason(StatusRule.STALE, RagColour.AMBER, words));
    }

    private static Optional<StatusReason> drift(ActionFacts action) {
        int moves = action.deadlineMoveCount();
        if (moves == 0) {
            return Optional.empty();
        }
        String words = "Deadline moved " + (moves == 1 ? "once" : moves + " times") + " (originally "
                + LongDate.of(action.originalDue()) + ", now " + LongDate.of(action.due()) + ")";
        return Optional.of(new StatusReason(StatusRule.DEADLINE_MOVED, moves >= 2 ? RagColour.AMBER : RagColour.GREEN, words));
    }

    private static Optional<StatusReason> leadReported(Optional<Entry> latest) {
        return latest.filter(u -> u.rag() == RagColour.RED || u.rag() == RagColour.AMBER)
                .map(u -> new StatusReason(StatusRule.LEAD_REPORTED, u.rag(),
                        u.author() + " reported " + u.rag().label() + " as at " + LongDate.of(u.asAt())));
    }

    private static Optional<StatusReason> unreadable(ActionFacts action) {
        if (action.timescaleReadable() || action.due() != null) {
            return Optional.empty();
        }
        String text = action.timescaleText();
        String words = text == null || text.isBlank()
                ? "No timescale is given, so the deadline cannot be checked"
                : "The timescale \u201C" + text + "\u201D could not be read; correct it so the deadline can be checked";
        return Optional.of(new StatusReason(StatusRule.UNREADABLE_TIMESCALE, RagColour.AMBER, words));
    }
}
