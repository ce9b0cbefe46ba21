package org.oversight.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.Action;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.BoardDecisionNote;
import org.oversight.plan.BoardDecisions;
import org.oversight.plan.Recommendation;
import org.oversight.plan.RecommendationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A board accepting evidence at a meeting: closing a recommendation or a whole plan, or agreeing a
 * deadline extension (moved on the action through the plan's own rules). The plan pages show
 * these beside the recommendation.
 */
@Service
public class BoardSignOffs implements BoardDecisions {
    private final SignOffs signOffs;
    private final Meetings meetings;
    private final RecommendationRepository recommendations;
    private final ActionRepository actions;
    private final Clock clock;

    BoardSignOffs(SignOffs signOffs, Meetings meetings, RecommendationRepository recommendations,
                  ActionRepository actions, Clock clock) {
        this.signOffs = signOffs;
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.actions = actions;
        this.clock = clock;
    }

    @Transactional
    public SignOff closeRecommendation(long meetingId, long recommendationId, String decision, String evidence, String by) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        Recommendation rec = recommendations.findById(recommendationId).orElseThrow();
        return signOffs.save(new SignOff(meeting, SignOff.Kind.RECOMMENDATION_CLOSED, rec.getPlan().getId(), decision,
                evidence, by, clock.instant()).onRecommendation(recommendationId));
    }

    @Transactional
    public SignOff closePlan(long meetingId, long planId, String decision, String evidence, String by) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        return signOffs.save(new SignOff(meeting, SignOff.Kind.PLAN_CLOSED, planId, decision, evidence, by, clock.instant()));
    }

    /** The board agrees a new deadline; the action's deadline moves with the board named as agreeing it. */
    @Transactional
    public SignOff extendDeadline(long meetingId, long actionId, LocalDate newDue, String reason, String evidence, String by) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        Action action = actions.findById(actionId).orElseThrow();
        action.moveDeadline(newDue, meeting.getBoard().getName(), reason, by, clock.instant());
        SignOff signOff = new SignOff(meeting, SignOff.Kind.DEADLINE_EXTENDED, action.getRecommendation().getPlan().getId(),
                "Deadline for " + action.getReference() + " extended to " + Dates.longDate(newDue) + ": " + reason,
                evidence, by, clock.instant()).onAction(actionId, newDue).onRecommendation(action.getRecommendation().getId());
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
}
