package org.oversight.plan;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** A deadline moved: from what, to what, who agreed it and why. Drift is counted from these. */
@Entity
@Table(name = "deadline_change")
public class DeadlineChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    private Action action;
    @Column(name = "previous_due")
    private LocalDate previousDue;
    @Column(name = "new_due")
    private LocalDate newDue;
    @Column(name = "agreed_by")
    private String agreedBy;
    private String reason;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected DeadlineChange() {
    }

    DeadlineChange(Action action, LocalDate previousDue, LocalDate newDue, String agreedBy, String reason,
                   String changedBy, Instant changedAt) {
        this.action = action;
        this.previousDue = previousDue;
        this.newDue = newDue;
        this.agreedBy = agreedBy;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() { return id; }
    Action action() { return action; }
    public LocalDate getPreviousDue() { return previousDue; }
    public LocalDate getNewDue() { return newDue; }
    public String getAgreedBy() { return agreedBy; }
    public String getReason() { return reason; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
