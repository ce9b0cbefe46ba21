package org.oversight.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every action's assessment on one date, with roll-ups and the dashboard's lists. */
public final class PlanAssessment {
    private final ActionPlan plan;
    private final LocalDate asAt;
    private final Map<Action, StatusAssessment> byAction;
    private final ProgressTimeline timeline;

    PlanAssessment(ActionPlan plan, LocalDate asAt, Map<Action, StatusAssessment> byAction, ProgressTimeline timeline) {
        this.plan = plan;
        this.asAt = asAt;
        this.byAction = new LinkedHashMap<>(byAction);
        this.timeline = timeline;
    }

    /** The date of the action's latest progress update on or before the assessment's date. */
    public java.util.Optional<LocalDate> latestUpdateDate(Action action) {
        return timeline.latestOnOrBefore(action, asAt).map(ProgressTimeline.Entry::asAt);
    }

    /** How many progress updates on the action are dated after the given date and on or before this assessment's. */
    long updatesSince(Action action, LocalDate since) {
        return timeline.postedBetween(action, since, asAt);
    }

    /**
     * This assessment with each action's status as the closed round fixed it, where the round
     * kept one; actions added since keep their assessment.
     */
    PlanAssessment fixedBy(UpdateRound round) {
        Map<Action, StatusAssessment> fixed = new LinkedHashMap<>(byAction);
        Map<Long, Action> byId = new java.util.HashMap<>();
        byAction.keySet().stream().filter(a -> a.getId() != null).forEach(a -> byId.put(a.getId(), a));
        for (RoundSnapshotEntry entry : round.getSnapshot()) {
            Action a = byId.get(entry.getActionId());
            if (a != null) {
                entry.fixed(a.getOverride(), round).ifPresent(s -> fixed.put(a, s));
            }
        }
        return new PlanAssessment(plan, asAt, fixed, timeline);
    }

    public ActionPlan plan() { return plan; }
    public LocalDate asAt() { return asAt; }

    public StatusAssessment of(Action action) {
        StatusAssessment a = byAction.get(action);
        if (a == null) {
            throw new IllegalArgumentException("Action " + action.getReference() + " is not in this plan");
        }
        return a;
    }

    public Collection<StatusAssessment> all() { return byAction.values(); }

    public RagTally tally() { return RagTally.of(byAction.values(), plan.getCompleteColour()); }

    public RagTally tally(Recommendation recommendation) {
        return tallyOf(recommendation.activeActions());
    }

    public RagTally tally(Workstream workstream) {
        return tallyOf(actionsIn(workstream));
    }

    public List<Action> actionsIn(Workstream workstream) {
        return byAction.keySet().stream().filter(a -> a.getRecommendation().getWorkstream() == workstream).toList();
    }

    private RagTally tallyOf(List<Action> actions) {
        return RagTally.of(actions.stream().map(this::of).toList(), plan.getCompleteColour());
    }

    public List<Action> withReason(StatusRule rule) {
        return byAction.entrySet().stream().filter(e -> e.getValue().has(rule)).map(Map.Entry::getKey).toList();
    }

    public List<Action> overdue() { return withReason(StatusRule.OVERDUE); }
    public List<Action> stale() { return withReason(StatusRule.STALE); }
    public List<Action> atRisk() { return withReason(StatusRule.AT_RISK); }
    public List<Action> waiting() { return withReason(StatusRule.WAITING); }
    public List<Action> overridden() {
        return byAction.entrySet().stream().filter(e -> e.getValue().overridden()).map(Map.Entry::getKey).toList();
    }

    /** Actions not complete whose deadline falls within the given number of days from the as-at date. */
    public List<Action> dueWithin(int days) {
        LocalDate until = asAt.plusDays(days);
        return byAction.keySet().stream()
                .filter(a -> !of(a).has(StatusRule.COMPLETE) && a.getDueDate() != null)
                .filter(a -> !a.getDueDate().isBefore(asAt) && !a.getDueDate().isAfter(until))
                .sorted(java.util.Comparator.comparing(Action::getDueDate)).toList();
    }
}
