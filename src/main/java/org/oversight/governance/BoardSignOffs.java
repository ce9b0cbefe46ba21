package org.oversight.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.ActionRevisions;
import org.oversight.plan.BoardDecisionNote;
import org.oversight.plan.BoardDecisions;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.Recommendation;
import org.oversight.plan.RecommendationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A board accepting evidence at a meeting: closing a recommendation or a whole plan, or agreeing a
 * deadline extension (moved on the action through the plan's own rules, so its deadline history
 * says "agreed by" the board on the meeting's date). The plan pages show these beside the
 * recommendation. A board decides only at a meeting that has taken place, and only on evidence.
 */
@Service
public class BoardSignOffs implements BoardDecisions {
    private final SignOffs signOffs;
    private final Meetings meetings;
    private final RecommendationRepository recommendations;
    private final ActionRepository actions;
    private final ActionRevisions revisions;
    private final PlanRepository plans;
    private final Clock clock;

    BoardSignOffs(SignOffs signOffs, Meetings meetings, RecommendationRepository recommendations,
                  ActionRepository actions, ActionRevisions revisions, PlanRepository plans, Clock clock) {
        this.plans = plans;
        this.signOffs = signOffs;
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.actions = actions;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Transactional
    public SignOff closeRecommendation(long meetingId, long recommendationId, String decision, String evidence, String by) {
        Meeting meeting = heldMeeting(meetingId);
        Recommendation rec = recommendations.findById(recommendationId).filter(r -> !r.isArchived())
                .filter(r -> concerns(meeting, r.getPlan()))
                .orElseThrow(() -> new FormRefused("subject", "Choose the recommendation or plan the board signed off"));
        if (isClosed(rec)) {
            throw new FormRefused("subject", "Recommendation " + rec.getNumber() + " has already been closed by a board");
        }
        return signOffs.save(new SignOff(meeting, SignOff.Kind.RECOMMENDATION_CLOSED, rec.getPlan().getId(),
                required(decision, "decision", "Say what the board decided"), required(evidence, "evidence",
                "Say what evidence the board saw"), by, clock.instant()).onRecommendation(recommendationId));
    }

    @Transactional
    public SignOff closePlan(long meetingId, long planId, String decision, String evidence, String by) {
        Meeting meeting = heldMeeting(meetingId);
        plans.findById(planId).filter(p -> !p.isArchived()).filter(p -> concerns(meeting, p))
                .orElseThrow(() -> new FormRefused("subject", "Choose the recommendation or plan the board signed off"));
        if (signOffs.findByPlanIdOrderByDecidedOn(planId).stream().anyMatch(s -> s.getKind() == SignOff.Kind.PLAN_CLOSED)) {
            throw new FormRefused("subject", "This plan has already been closed by a board");
        }
        return signOffs.save(new SignOff(meeting, SignOff.Kind.PLAN_CLOSED, planId,
                required(decision, "decision", "Say what the board decided"),
                required(evidence, "evidence", "Say what evidence the board saw"), by, clock.instant()));
    }

    /** The board agrees a new deadline; the action's deadline moves, "agreed by" the board on the meeting's date. */
    @Transactional
    public SignOff extendDeadline(long meetingId, long actionId, LocalDate newDue, String reason, String evidence, String by) {
        Meeting meeting = heldMeeting(meetingId);
        Action action = actions.findById(actionId).filter(a -> !a.isArchived())
                .filter(a -> concerns(meeting, a.getRecommendation().getPlan()))
                .orElseThrow(() -> new FormRefused("action", "Choose the action whose deadline the board extended"));
        if (newDue == null) {
            throw new FormRefused("newDue", "Enter the new deadline the board agreed");
        }
        if (action.getDueDate() != null && !newDue.isAfter(action.getDueDate())) {
            throw new FormRefused("newDue", "An extension moves the deadline later than " + Dates.longDate(action.getDueDate()));
        }
        String why = required(reason, "reason", "Give the reason the board agreed the extension");
        String seen = required(evidence, "evidence", "Say what evidence the board saw");
        String agreedBy = meeting.getBoard().getName() + " on " + Dates.longDate(meeting.getDate());
        revisions.moveDeadline(actionId, action.getVersion(), newDue, agreedBy, why, by);
        SignOff signOff = new SignOff(meeting, SignOff.Kind.DEADLINE_EXTENDED, action.getRecommendation().getPlan().getId(),
                "Deadline for " + action.getReference() + " extended to " + Dates.longDate(newDue) + ": " + why,
                seen, by, clock.instant()).onAction(actionId, newDue).onRecommendation(action.getRecommendation().getId());
        return signOffs.save(signOff);
    }

    public boolean isClosed(Recommendation recommendation) {
        return signOffs.findByRecommendationIdOrderByDecidedOn(recommendation.getId()).stream()
                .anyMatch(s -> s.getKind() == SignOff.Kind.RECOMMENDATION_CLOSED);
    }

    @Override
    @Transactional(readOnly = true)
    public List<BoardDecisionNote> about(Recommendation recommendation) {
        return signOffs.findByRecommendationIdOrderByDecidedOn(recommendation.getId()).stream()
                .map(s -> new BoardDecisionNote(s.getBoard().getName(), s.getDecidedOn(), s.getDecision(), s.getEvidence(),
                        s.getKind() == SignOff.Kind.RECOMMENDATION_CLOSED)).toList();
    }

    /**
     * Whether the board may sign off the plan: one of the board's organisation (any plan for a
     * board of none), within reach of the person recording it.
     */
    private static boolean concerns(Meeting meeting, ActionPlan plan) {
        Long owner = plan.getOwnerId();
        Long board = meeting.getBoard().getOrganisationId();
        return CurrentUser.now().manages(owner) && (board == null || owner == null || board.equals(owner));
    }

    private Meeting heldMeeting(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        if (meeting.getDate().isAfter(LocalDate.now(clock))) {
            throw new FormRefused("subject", "A board signs off at a meeting that has taken place: this meeting is on "
                    + Dates.longDate(meeting.getDate()));
        }
        return meeting;
    }

    private static String required(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new FormRefused(field, message);
        }
        if (text.strip().length() > (field.equals("evidence") ? 4000 : 1500)) {
            throw new FormRefused(field, "That is too long: shorten it");
        }
        return text.strip();
    }
}
