package org.oversight.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** Something a board resolved that someone should do or bring back, tracked until closed with evidence. */
@Entity
public class FollowUp {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private Board board;
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;
    private String minuteNumber;
    private String request;
    private String owner;
    private LocalDate dueDate;
    private String dueNote;
    @Enumerated(EnumType.STRING)
    private FollowUpStatus status = FollowUpStatus.OPEN;
    private String evidence;
    private LocalDate closedOn;
    private String closedBy;
    private boolean exempt;
    @Version
    private long version;

    protected FollowUp() {
    }

    public FollowUp(Meeting meeting, String minuteNumber, String request, String owner, boolean exempt) {
        this.meeting = meeting;
        this.board = meeting.getBoard();
        this.minuteNumber = minuteNumber;
        this.request = request;
        this.owner = owner;
        this.exempt = exempt;
    }

    public FollowUp due(LocalDate date, String note) {
        this.dueDate = date;
        this.dueNote = note;
        return this;
    }

    /** Closes the follow-up; a board's request is met only with evidence of what was done. */
    public void close(String evidenceSeen, LocalDate on, String by) {
        if (status == FollowUpStatus.CLOSED) {
            throw new IllegalStateException("This follow-up is already closed");
        }
        if (evidenceSeen == null || evidenceSeen.isBlank()) {
            throw new IllegalArgumentException("Say what evidence shows the request was met");
        }
        if (evidenceSeen.strip().length() > 4000) {
            throw new IllegalArgumentException("The evidence must be 4,000 characters or fewer");
        }
        this.evidence = evidenceSeen.strip();
        this.closedOn = on;
        this.closedBy = by;
        this.status = FollowUpStatus.CLOSED;
    }

    public boolean isOpen() { return status == FollowUpStatus.OPEN; }

    public Long getId() { return id; }
    public Board getBoard() { return board; }
    public Meeting getMeeting() { return meeting; }
    public String getMinuteNumber() { return minuteNumber; }
    public String getRequest() { return request; }
    public String getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
    public String getDueNote() { return dueNote; }
    public FollowUpStatus getStatus() { return status; }
    public String getEvidence() { return evidence; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getClosedBy() { return closedBy; }
    public boolean isExempt() { return exempt; }
}
