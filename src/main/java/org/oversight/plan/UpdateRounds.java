package org.oversight.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.oversight.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and closes a plan's update rounds and tells who has updated. Closing a round assesses
 * every action as at the round's date, stores that snapshot with the round, and adds the date
 * to the plan's "progress as at" rounds that the reports use.
 */
@Service
@Transactional
public class UpdateRounds {
    private final UpdateRoundRepository rounds;
    private final PlanRepository plans;
    private final PlanAssessor assessor;
    private final AuditTrail audit;
    private final Clock clock;

    UpdateRounds(UpdateRoundRepository rounds, PlanRepository plans, PlanAssessor assessor, AuditTrail audit,
                 Clock clock) {
        this.rounds = rounds;
        this.plans = plans;
        this.assessor = assessor;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the plan's round as at the given date, or returns it when it is already open. */
    public UpdateRound open(long planId, LocalDate asAt, LocalDate dueOn) {
        ActionPlan plan = plans.findById(planId).orElseThrow(() -> PlanItemNotFound.plan(planId));
        return rounds.findByPlanAndAsAt(plan, asAt).orElseGet(() -> {
            UpdateRound round = rounds.save(new UpdateRound(plan, asAt, dueOn, clock.instant()));
            audit.record("UpdateRound", round.getId(), "OPEN", "Opened the update round as at "
                    + LongDate.of(asAt) + ", due " + LongDate.of(dueOn), null, null);
            return round;
        });
    }

    /** Closes the round and fixes its snapshot; refuses a round already closed. */
    public UpdateRound close(long roundId, String by) {
        UpdateRound round = find(roundId);
        RoundReturns returns = returnsOf(round);
        PlanAssessment assessment = assessor.propose(round.getPlan(), round.getAsAt());
        List<RoundSnapshotEntry> entries = round.getPlan().actions().stream()
                .map(a -> new RoundSnapshotEntry(a, assessment.of(a), updated(returns, a))).toList();
        round.close(entries, by, clock.instant());
        round.getPlan().addRound(round.getAsAt());
        audit.record("UpdateRound", round.getId(), "CLOSE", "Closed the update round as at "
                + LongDate.of(round.getAsAt()) + ": " + returns.updatedCount() + " of " + returns.actions().size()
                + " actions updated", null, null);
        return round;
    }

    private static boolean updated(RoundReturns returns, Action action) {
        return returns.actions().stream().filter(r -> r.action() == action).findFirst()
                .map(RoundReturns.ActionReturn::updated).orElse(true);
    }

    @Transactional(readOnly = true)
    public UpdateRound find(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new PlanItemNotFound("There is no update round with id " + roundId + "."));
    }

    @Transactional(readOnly = true)
    public List<UpdateRound> open() { return rounds.findOpen(); }

    /**
     * Open rounds of the plans within reach of someone of the organisation (null: every open
     * round), found by the database.
     */
    @Transactional(readOnly = true)
    public List<UpdateRound> openWithinReach(Long organisation, String username) {
        return organisation == null ? open() : rounds.findOpenWithinReach(organisation, username);
    }

    @Transactional(readOnly = true)
    public List<UpdateRound> of(ActionPlan plan) { return rounds.findByPlanOrderByAsAtDesc(plan); }

    /** Who has and has not updated: every live action not yet complete, with its lead accounts. */
    @Transactional(readOnly = true)
    public RoundReturns returnsOf(UpdateRound round) {
        ProgressTimeline timeline = assessor.timeline(round.getPlan());
        List<RoundReturns.ActionReturn> actions = round.getPlan().actions().stream()
                .filter(a -> !a.isComplete())
                .map(a -> new RoundReturns.ActionReturn(a, hasUpdate(timeline, a, round.getAsAt()), holders(a))).toList();
        return new RoundReturns(round, actions);
    }

    /** Open rounds in which the user leads at least one action still to update or updated. */
    @Transactional(readOnly = true)
    public List<RoundReturns> openFor(String username) {
        return rounds.findOpenLedBy(username).stream().map(this::returnsOf).filter(r -> !r.ledBy(username).isEmpty()).toList();
    }

    private static boolean hasUpdate(ProgressTimeline timeline, Action action, LocalDate asAt) {
        return timeline.newest(action).filter(newest -> !newest.isBefore(asAt)).isPresent();
    }

    private static List<String> holders(Action action) {
        return action.getLeads().stream().map(Lead::getHeldBy).filter(Objects::nonNull).distinct().toList();
    }
}
