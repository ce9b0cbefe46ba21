package org.oversight.plan;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One update round of a plan: every lead reports progress "as at" a date, by a due date.
 * Closing the round fixes the snapshot of each action's status as at that date, which the
 * reports use from then on; a closed round never changes again.
 */
@Entity
@Table(name = "update_round")
public class UpdateRound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private ActionPlan plan;
    @Column(name = "as_at")
    private LocalDate asAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "round_snapshot_entry", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<RoundSnapshotEntry> snapshot = new ArrayList<>();

    protected UpdateRound() {
    }

    UpdateRound(ActionPlan plan, LocalDate asAt, LocalDate dueOn, Instant openedAt) {
        if (dueOn.isBefore(asAt)) {
            throw new IllegalArgumentException("A round cannot be due before the date its progress is as at");
        }
        this.plan = plan;
        this.asAt = asAt;
        this.dueOn = dueOn;
        this.openedAt = openedAt;
    }

    void close(List<RoundSnapshotEntry> entries, String by, Instant at) {
        if (isClosed()) {
            throw new IllegalStateException("This round was closed on " + LongDate.of(closedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate()));
        }
        snapshot.clear();
        snapshot.addAll(entries);
        this.closedBy = by;
        this.closedAt = at;
    }

    public boolean isClosed() { return closedAt != null; }

    /** Overdue on the given day: still open after its due date. */
    public boolean isOverdueOn(LocalDate day) { return !isClosed() && day.isAfter(dueOn); }

    public Long getId() { return id; }
    public ActionPlan getPlan() { return plan; }
    public LocalDate getAsAt() { return asAt; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public long getVersion() { return version; }
    public List<RoundSnapshotEntry> getSnapshot() { return List.copyOf(snapshot); }
}
