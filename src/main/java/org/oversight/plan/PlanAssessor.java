package org.oversight.plan;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Proposes every action's status and RAG for an "as at" date from facts, with the reasons in
 * words. First each action's own facts, then dependencies: an action that depends on a red
 * or overdue action, or on a workstream with red actions, is at risk. As at the date of a
 * closed update round, the statuses the round fixed stand, whatever has changed since.
 */
@Component
public class PlanAssessor {
    private final UpdateRoundRepository rounds;
    private final EntityManager em;
    private final RevisionKept<ProgressTimeline> timelines;
    private final RevisionKept<PlanFacts> facts;

    /** An assessor from facts alone, which knows no rounds and reads updates from the plan's actions. */
    public PlanAssessor() {
        this(null, null, 0, 0);
    }

    /**
     * A plan's progress timeline and the facts of its actions are kept for its
     * {@link ActionPlan#getRevision() revision}, as the dashboards and standings are, so a plan
     * assessed on several dates (another "as at" date, each board paper's) reads its updates and
     * loads its actions once a revision; bounded by the updates kept
     * ({@code oversight.plan.timeline-cache-updates}, {@code 0} keeps none) and the actions whose
     * facts are kept ({@code oversight.plan.facts-cache-actions}).
     */
    @Autowired
    PlanAssessor(UpdateRoundRepository rounds, EntityManager em,
                 @Value("${oversight.plan.timeline-cache-updates:200000}") long updates,
                 @Value("${oversight.plan.facts-cache-actions:100000}") long actions) {
        this.rounds = rounds;
        this.em = em;
        this.timelines = em == null ? null : new RevisionKept<>(updates, ProgressTimeline::size, em, p -> ProgressTimeline.of(p, em));
        this.facts = em == null ? null : new RevisionKept<>(actions, PlanFacts::size, em, p -> PlanFacts.of(p, false));
    }

    public PlanAssessment assess(ActionPlan plan, LocalDate asAt) {
        return assess(plan, asAt, timeline(plan));
    }

    /**
     * One action's assessment as at the date, from its own facts and those of the actions it
     * depends on (and of the workstreams it depends on): what an action's page needs, without
     * assessing the rest of the plan.
     */
    public StatusAssessment assess(Action action, LocalDate asAt) {
        ActionPlan plan = action.getRecommendation().getPlan();
        if (!live(action, plan)) {
            return assess(plan, asAt).of(action);
        }
        // only the action and what it depends on are read, not the plan's other actions
        java.util.Set<Action> depended = new java.util.LinkedHashSet<>();
        depended.add(action);
        for (ActionDependency d : action.getDependencies()) {
            if (d.getKind() == DependencyKind.ACTION && d.getTargetAction() != null && live(d.getTargetAction(), plan)) {
                depended.add(d.getTargetAction());
            } else if (d.getKind() == DependencyKind.WORKSTREAM && d.getTargetWorkstream() != null) {
                plan.getRecommendations().stream().filter(r -> !r.isArchived() && r.getWorkstream() == d.getTargetWorkstream())
                        .forEach(r -> depended.addAll(r.activeActions()));
            }
        }
        List<Action> needed = List.copyOf(depended);
        ProgressTimeline timeline = plan.getId() == null ? ProgressTimeline.inMemory() : ProgressTimeline.of(needed, em);
        PlanAssessment fromFacts = propose(plan, PlanFacts.of(needed, timeline.readsActions()), asAt, timeline);
        return closedRound(plan, asAt).map(fromFacts::fixedBy).orElse(fromFacts).of(action);
    }

    /** Whether the action is one of the plan's live actions (neither it nor its recommendation archived). */
    private static boolean live(Action action, ActionPlan plan) {
        return !action.isArchived() && !action.getRecommendation().isArchived() && action.getRecommendation().getPlan() == plan;
    }

    /**
     * The plan's progress updates, to assess it on several dates: kept for the plan's revision,
     * read afresh when this request has uncommitted changes of its own (which no one else may see).
     */
    ProgressTimeline timeline(ActionPlan plan) {
        return timelines == null ? ProgressTimeline.of(plan, null) : timelines.of(plan);
    }

    /**
     * The facts of the plan's live actions: kept for its revision when its updates are read from
     * the database, read from the actions (with their updates) when they are not.
     */
    PlanFacts facts(ActionPlan plan, ProgressTimeline timeline) {
        if (facts == null || timeline.readsActions()) {
            return PlanFacts.of(plan, true);
        }
        return facts.of(plan);
    }

    PlanAssessment assess(ActionPlan plan, LocalDate asAt, ProgressTimeline timeline) {
        PlanAssessment fromFacts = propose(plan, facts(plan, timeline), asAt, timeline);
        return closedRound(plan, asAt).map(fromFacts::fixedBy).orElse(fromFacts);
    }

    private Optional<UpdateRound> closedRound(ActionPlan plan, LocalDate asAt) {
        if (rounds == null || plan.getId() == null || !plan.getRounds().contains(asAt)) {
            return Optional.empty();
        }
        return rounds.findByPlanAndAsAt(plan, asAt).filter(UpdateRound::isClosed);
    }

    /** Every action's proposal from the facts as at the date, each action's updates read from the action. */
    PlanAssessment propose(ActionPlan plan, LocalDate asAt) {
        return propose(plan, PlanFacts.of(plan, true), asAt, ProgressTimeline.inMemory());
    }

    private PlanAssessment propose(ActionPlan plan, PlanFacts facts, LocalDate asAt, ProgressTimeline timeline) {
        ActionRules rules = new ActionRules(asAt, plan.getUpdateCadence(), plan.getCompleteColour(), timeline);
        List<ActionFacts> actions = facts.actions();
        List<List<StatusReason>> own = new ArrayList<>(actions.size());
        actions.forEach(a -> own.add(rules.reasonsFor(a)));
        List<StatusAssessment> result = new ArrayList<>(actions.size());
        for (int i = 0; i < actions.size(); i++) {
            result.add(decide(actions.get(i), withDependencies(actions.get(i), own.get(i), facts, own)));
        }
        return new PlanAssessment(plan, asAt, facts, result, timeline);
    }

    private static List<StatusReason> withDependencies(ActionFacts action, List<StatusReason> reasons, PlanFacts facts,
                                                       List<List<StatusReason>> own) {
        if (reasons.stream().anyMatch(r -> r.rule() == StatusRule.COMPLETE) || action.dependencies().isEmpty()) {
            return reasons;
        }
        List<StatusReason> all = new ArrayList<>(reasons);
        for (ActionFacts.Dependency d : action.dependencies()) {
            dependencyRisk(d, facts, own).ifPresent(all::add);
        }
        return all;
    }

    private static Optional<StatusReason> dependencyRisk(ActionFacts.Dependency d, PlanFacts facts, List<List<StatusReason>> own) {
        if (d.kind() == DependencyKind.ACTION) {
            return facts.indexOf(d.action()).flatMap(i -> redReason(own.get(i))).map(r -> new StatusReason(StatusRule.AT_RISK,
                    RagColour.AMBER, "At risk: depends on action " + d.actionReference() + ", which is red ("
                            + r.words().substring(0, 1).toLowerCase() + r.words().substring(1) + ")"));
        }
        if (d.kind() == DependencyKind.WORKSTREAM) {
            long red = 0;
            for (int i = 0; i < facts.size(); i++) {
                if (Objects.equals(facts.actions().get(i).workstream(), d.workstream()) && redReason(own.get(i)).isPresent()) {
                    red++;
                }
            }
            if (red > 0) {
                return Optional.of(new StatusReason(StatusRule.AT_RISK, RagColour.AMBER, "At risk: depends on workstream "
                        + d.workstreamNumber() + ", where " + red + (red == 1 ? " action is" : " actions are") + " red"));
            }
        }
        return Optional.empty();
    }

    private static Optional<StatusReason> redReason(List<StatusReason> reasons) {
        return reasons.stream().filter(r -> r.colour() == RagColour.RED).findFirst();
    }

    private static StatusAssessment decide(ActionFacts action, List<StatusReason> reasons) {
        RagColour worst = null;
        for (StatusReason r : reasons) {
            if (r.rule() == StatusRule.COMPLETE) {
                worst = r.colour();
                break;
            }
            if (r.colour().worseThan(worst)) {
                worst = r.colour();
            }
        }
        List<StatusReason> all = new ArrayList<>(reasons);
        if (worst == null || worst == RagColour.GREEN && all.stream().noneMatch(r -> r.rule() == StatusRule.COMPLETE)) {
            all.add(0, onTrack(action));
            worst = RagColour.GREEN;
        }
        return new StatusAssessment(worst, all, action.override());
    }

    private static StatusReason onTrack(ActionFacts action) {
        String words = action.due() == null ? "On track: updated within the plan's cadence"
                : "On track for its deadline of " + LongDate.of(action.due());
        return new StatusReason(StatusRule.ON_TRACK, RagColour.GREEN, words);
    }
}
