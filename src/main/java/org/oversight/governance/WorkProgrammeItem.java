package org.oversight.governance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Something a board plans to consider at a future meeting. Every add, move and removal is kept. */
@Entity
public class WorkProgrammeItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private Board board;
    private String title;
    private LocalDate plannedFor;
    private Long planId;
    private String status = "PLANNED";
    private boolean proposed;
    @Version
    private long version;
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<WorkProgrammeChange> history = new ArrayList<>();

    protected WorkProgrammeItem() {
    }

    public WorkProgrammeItem(Board board, String title, LocalDate plannedFor, String by, Instant at) {
        this.board = board;
        this.title = title.strip();
        this.plannedFor = plannedFor;
        change(WorkProgrammeChange.Kind.ADDED, null, plannedFor, null, by, at);
    }

    /** Ties the item to a plan it monitors; {@code proposed} when a monitoring cadence suggested it. */
    public WorkProgrammeItem forPlan(Long plan, boolean proposedByCadence) {
        this.planId = plan;
        this.proposed = proposedByCadence;
        return this;
    }

    public void moveTo(LocalDate to, String reason, String by, Instant at) {
        if (isRemoved()) {
            throw new IllegalStateException("A removed item cannot be moved");
        }
        if (to.equals(plannedFor)) {
            throw new IllegalArgumentException("The item is already planned for " + Dates.longDate(to));
        }
        change(WorkProgrammeChange.Kind.MOVED, plannedFor, to, reason, by, at);
        this.plannedFor = to;
    }

    public void remove(String reason, String by, Instant at) {
        if (isRemoved()) {
            throw new IllegalStateException("The item is already removed");
        }
        change(WorkProgrammeChange.Kind.REMOVED, plannedFor, null, reason, by, at);
        this.status = "REMOVED";
    }

    private void change(WorkProgrammeChange.Kind kind, LocalDate from, LocalDate to, String reason, String by, Instant at) {
        history.add(new WorkProgrammeChange(this, history.size(), kind, from, to, reason, by, at));
    }

    public boolean isRemoved() { return "REMOVED".equals(status); }

    public boolean wasMoved() { return history.stream().anyMatch(c -> c.getKind() == WorkProgrammeChange.Kind.MOVED); }

    public Long getId() { return id; }
    public Board getBoard() { return board; }
    public String getTitle() { return title; }
    public LocalDate getPlannedFor() { return plannedFor; }
    public Long getPlanId() { return planId; }
    public boolean isProposed() { return proposed; }
    public List<WorkProgrammeChange> getHistory() { return List.copyOf(history); }
}
