package org.oversight.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Every action's assessment on one date, with roll-ups and the dashboard's lists. Made from the
 * plan's {@link PlanFacts} (each action's status at the same index as its facts), so it holds no
 * action entity; what asks about an action or lists actions as entities finds them in the plan.
 */
public final class PlanAssessment {
    private final ActionPlan plan;
    private final LocalDate asAt;
    private final PlanFacts facts;
    private final List<StatusAssessment> statuses;
    private final ProgressTimeline timeline;

    PlanAssessment(ActionPlan plan, LocalDate asAt, PlanFacts facts, List<StatusAssessment> statuses, ProgressTimeline timeline) {
        if (facts.size() != statuses.size()) {
            throw new IllegalArgumentException(facts.size() + " actions but " + statuses.size() + " statuses");
        }
        this.plan = plan;
        this.asAt = asAt;
        this.facts = facts;
        this.statuses = List.copyOf(statuses);
        this.timeline = timeline;
    }

    /** The date of the action's latest progress update on or before the assessment's date. */
    public Optional<LocalDate> latestUpdateDate(Action action) {
        return latestUpdateDate(facts.actions().get(indexOf(action)));
    }

    Optional<LocalDate> latestUpdateDate(ActionFacts action) {
        return timeline.latestOnOrBefore(action, asAt).map(ProgressTimeline.Entry::asAt);
    }

    /** How many progress updates on the action are dated after the given date and on or before this assessment's. */
    long updatesSince(ActionFacts action, LocalDate since) {
        return timeline.postedBetween(action, since, asAt);
    }

    /**
     * This assessment with each action's status as the closed round fixed it, where the round
     * kept one; actions added since keep their assessment.
     */
    PlanAssessment fixedBy(UpdateRound round) {
        List<StatusAssessment> fixed = new ArrayList<>(statuses);
        for (RoundSnapshotEntry entry : round.getSnapshot()) {
            facts.indexOf(entry.getActionId()).ifPresent(i ->
                    entry.fixed(facts.actions().get(i).override(), round).ifPresent(s -> fixed.set(i, s)));
        }
        return new PlanAssessment(plan, asAt, facts, fixed, timeline);
    }

    public ActionPlan plan() { return plan; }
    public LocalDate asAt() { return asAt; }

    /** The facts assessed, in the plan's order. */
    PlanFacts facts() { return facts; }

    public StatusAssessment of(Action action) {
        return statuses.get(indexOf(action));
    }

    /** The status of the action whose facts are at the index. */
    StatusAssessment of(int index) {
        return statuses.get(index);
    }

    /** The status of the action with the key, if it is one of those assessed. */
    Optional<StatusAssessment> ofKey(Object key) {
        return facts.indexOf(key).map(statuses::get);
    }

    private int indexOf(Action action) {
        return facts.indexOf(action).orElseThrow(() ->
                new IllegalArgumentException("Action " + action.getReference() + " is not in this plan"));
    }

    public Collection<StatusAssessment> all() { return statuses; }

    public RagTally tally() { return RagTally.of(statuses, plan.getCompleteColour()); }

    public RagTally tally(Recommendation recommendation) {
        Object key = ActionFacts.key(recommendation);
        return tallyOf(f -> Objects.equals(f.recommendation(), key));
    }

    public RagTally tally(Workstream workstream) {
        Object key = ActionFacts.key(workstream);
        return tallyOf(f -> Objects.equals(f.workstream(), key));
    }

    public List<Action> actionsIn(Workstream workstream) {
        Object key = ActionFacts.key(workstream);
        return entities(indexes(f -> Objects.equals(f.workstream(), key)));
    }

    private RagTally tallyOf(Predicate<ActionFacts> which) {
        return RagTally.of(indexes(which).stream().map(statuses::get).toList(), plan.getCompleteColour());
    }

    private List<Integer> indexes(Predicate<ActionFacts> which) {
        return where(i -> which.test(facts.actions().get(i)));
    }

    /** The indexes, in the plan's order, that pass the test. */
    private List<Integer> where(IntPredicate test) {
        return IntStream.range(0, facts.size()).filter(test).boxed().toList();
    }

    public List<Action> withReason(StatusRule rule) {
        return entities(withReasonAt(rule));
    }

    /** Where the actions with a reason of the rule are, in the plan's order. */
    List<Integer> withReasonAt(StatusRule rule) {
        return where(i -> statuses.get(i).has(rule));
    }

    public List<Action> overdue() { return withReason(StatusRule.OVERDUE); }
    public List<Action> stale() { return withReason(StatusRule.STALE); }
    public List<Action> atRisk() { return withReason(StatusRule.AT_RISK); }
    public List<Action> waiting() { return withReason(StatusRule.WAITING); }
    public List<Action> overridden() {
        return entities(where(i -> statuses.get(i).overridden()));
    }

    /** Actions not complete whose deadline falls within the given number of days from the as-at date. */
    public List<Action> dueWithin(int days) {
        return entities(dueWithinAt(days));
    }

    /** Where the actions not complete and due within the days are, soonest first. */
    List<Integer> dueWithinAt(int days) {
        LocalDate until = asAt.plusDays(days);
        return indexes(f -> f.due() != null && !f.due().isBefore(asAt) && !f.due().isAfter(until)).stream()
                .filter(i -> !statuses.get(i).has(StatusRule.COMPLETE))
                .sorted(Comparator.comparing(i -> facts.actions().get(i).due())).toList();
    }

    /** The plan's actions at the indexes, found among its live actions (and their dependencies) by key. */
    private List<Action> entities(List<Integer> indexes) {
        if (indexes.isEmpty()) {
            return List.of();
        }
        Action[] byIndex = new Action[facts.size()];
        for (Action a : plan.actions()) {
            facts.indexOf(a).ifPresent(i -> byIndex[i] = a);
        }
        List<Action> found = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            if (byIndex[i] == null) {
                throw new IllegalStateException("Action " + facts.actions().get(i).reference() + " is no longer one of the plan's live actions");
            }
            found.add(byIndex[i]);
        }
        return found;
    }
}
