package org.oversight.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A board's decision at a meeting on a plan's evidence: closing a recommendation or the whole
 * plan, or agreeing to extend an action's deadline. The evidence seen is kept with it.
 */
@Entity
public class SignOff {
    public enum Kind { RECOMMENDATION_CLOSED, PLAN_CLOSED, DEADLINE_EXTENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private Board board;
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Long planId;
    private Long recommendationId;
    private Long actionId;
    private String decision;
    private LocalDate decidedOn;
    private String evidence;
    private LocalDate newDueDate;
    private String recordedBy;
    private Instant recordedAt;

    protected SignOff() {
    }

    SignOff(Meeting meeting, Kind kind, long planId, String decision, String evidence, String by, Instant at) {
        if (evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("A board signs off only on evidence: say what it saw");
        }
        if (decision == null || decision.isBlank()) {
            throw new IllegalArgumentException("Say what the board decided");
        }
        this.meeting = meeting;
        this.board = meeting.getBoard();
        this.kind = kind;
        this.planId = planId;
        this.decision = decision.strip();
        this.decidedOn = meeting.getDate();
        this.evidence = evidence.strip();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    SignOff onRecommendation(long id) {
        this.recommendationId = id;
        return this;
    }

    SignOff onAction(long id, LocalDate newDue) {
        this.actionId = id;
        this.newDueDate = newDue;
        return this;
    }

    public Long getId() { return id; }
    public Board getBoard() { return board; }
    public Meeting getMeeting() { return meeting; }
    public Kind getKind() { return kind; }
    public Long getPlanId() { return planId; }
    public Long getRecommendationId() { return recommendationId; }
    public Long getActionId() { return actionId; }
    public String getDecision() { return decision; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getEvidence() { return evidence; }
    public LocalDate getNewDueDate() { return newDueDate; }
    public String getRecordedBy() { return recordedBy; }
}
