package org.oversight.plan;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.oversight.timescale.TimescaleKind;

/**
 * One action of a plan: what will be done, by whom, by when, what outcome evidences it, what
 * it depends on, and the dated progress reported against it. The deadline keeps its history:
 * the original due date stays, every move is recorded with who agreed it and why.
 */
@Entity
@Table(name = "plan_action")
public class Action {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recommendation_id")
    private Recommendation recommendation;
    private String reference;
    private String description;
    private String outcomes;
    private String measures;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Embedded
    private ActionTimescale timescale = ActionTimescale.missing();
    @Column(name = "original_due")
    private LocalDate originalDue;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "external_event")
    private String externalEvent;
    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.NOT_STARTED;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Embedded
    private RagOverride override;
    private int position;
    private boolean archived;
    @Version
    private long version;

    @ManyToMany
    @JoinTable(name = "action_lead", joinColumns = @JoinColumn(name = "action_id"),
            inverseJoinColumns = @JoinColumn(name = "lead_id"))
    @OrderColumn(name = "position")
    private List<Lead> leads = new ArrayList<>();

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ActionDependency> dependencies = new ArrayList<>();

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL)
    @OrderBy("changedAt")
    private List<DeadlineChange> deadlineChanges = new ArrayList<>();

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL)
    @OrderBy("asAt, recordedAt")
    private List<ProgressUpdate> updates = new ArrayList<>();

    protected Action() {
    }

    Action(Recommendation recommendation, String reference, String description, int position) {
        this.recommendation = recommendation;
        this.reference = Organisation.requireText(reference, "An action needs a reference");
        this.position = position;
        describe(description, null, null);
    }

    public void describe(String description, String outcomes, String measures) {
        this.description = Organisation.requireText(description, "An action needs a description");
        this.outcomes = outcomes;
        this.measures = measures;
    }

    /** Gives the action a new reference, refusing one another action of the plan has. */
    public void renumber(String newReference) {
        String r = Organisation.requireText(newReference, "An action needs a reference");
        boolean taken = recommendation.getPlan().findAction(r).filter(a -> a != this).isPresent();
        if (taken) {
            throw new IllegalArgumentException("Action " + r + " already exists in this plan");
        }
        this.reference = r;
    }

    public void prioritise(Priority priority) { this.priority = priority; }

    public void startOn(LocalDate start) { this.startDate = start; }

    /** Sets the timescale as written and as read. The first deadline read becomes the original. */
    public void setTimescale(ActionTimescale reading, LocalDate due) {
        this.timescale = reading;
        if (reading.getKind() == TimescaleKind.EXTERNAL && externalEvent == null) {
            externalEvent = reading.getText();
        }
        if (originalDue == null) {
            originalDue = due;
        }
        this.dueDate = due;
    }

    /** Moves the deadline; the change is kept with who agreed it and why. */
    public DeadlineChange moveDeadline(LocalDate newDue, String agreedBy, String reason, String changedBy, Instant at) {
        if (newDue == null) {
            throw new IllegalArgumentException("Give the new deadline");
        }
        if (newDue.equals(dueDate)) {
            throw new IllegalArgumentException("The new deadline is the same as the current one");
        }
        DeadlineChange change = new DeadlineChange(this, dueDate, newDue,
                Organisation.requireText(agreedBy, "Say who agreed the new deadline"),
                Organisation.requireText(reason, "Give the reason the deadline moved"), changedBy, at);
        deadlineChanges.add(change);
        if (originalDue == null) {
            originalDue = dueDate == null ? newDue : dueDate;
        }
        this.dueDate = newDue;
        return change;
    }

    public void ledBy(List<Lead> newLeads) {
        leads.clear();
        leads.addAll(newLeads);
    }

    public void dependOn(Action other) {
        if (other == this) {
            throw new IllegalArgumentException("An action cannot depend on itself");
        }
        dependencies.add(ActionDependency.onAction(this, other));
    }

    public void dependOn(Workstream workstream) {
        dependencies.add(ActionDependency.onWorkstream(this, workstream));
    }

    public void waitFor(String event) {
        this.externalEvent = Organisation.requireText(event, "Describe the external event");
        dependencies.add(ActionDependency.onExternalEvent(this, event));
    }

    /** Forgets every dependency, and the external event the action was waiting for. */
    public void clearDependencies() {
        dependencies.clear();
        externalEvent = null;
    }

    /**
     * Records a dated progress update. The status it reports becomes the action's status unless
     * a later update already exists (a back-filled update changes the history, not today).
     */
    public ProgressUpdate recordProgress(ProgressReport report, String author, Instant at) {
        return recordProgress(report, author, at, updates.stream().map(ProgressUpdate::getAsAt)
                .max(Comparator.naturalOrder()).orElse(null));
    }

    /**
     * The same, told the date of the action's latest update so far (null for none), so that a
     * long history is not read to add to it: the update joins the action's updates without
     * loading them.
     */
    ProgressUpdate recordProgress(ProgressReport report, String author, Instant at, LocalDate latestSoFar) {
        boolean newest = latestSoFar == null || !latestSoFar.isAfter(report.asAt());
        ProgressUpdate update = new ProgressUpdate(this, report, author, at);
        updates.add(update);
        if (report.statusAfter() != null && newest) {
            this.status = report.statusAfter();
            this.completedOn = report.statusAfter() == ActionStatus.COMPLETE ? report.asAt() : null;
        }
        return update;
    }

    public void changeStatus(ActionStatus newStatus, LocalDate on) {
        this.status = newStatus;
        this.completedOn = newStatus == ActionStatus.COMPLETE ? on : null;
    }

    /** An accountable officer overrides the proposed RAG; the reason is kept beside it. */
    public void overrideRag(RagColour colour, String reason, String by, Instant at) {
        this.override = new RagOverride(colour, Organisation.requireText(reason, "Give the reason for the override"), by, at);
    }

    public void clearOverride() { this.override = null; }

    public void archive() { this.archived = true; }

    public Optional<ProgressUpdate> latestUpdate() {
        return updates.stream().max(Comparator.comparing(ProgressUpdate::getAsAt)
                .thenComparing(ProgressUpdate::getRecordedAt));
    }

    public Optional<ProgressUpdate> latestUpdateOnOrBefore(LocalDate asAt) {
        return updates.stream().filter(u -> !u.getAsAt().isAfter(asAt))
                .max(Comparator.comparing(ProgressUpdate::getAsAt).thenComparing(ProgressUpdate::getRecordedAt));
    }

    public int deadlineMoves() { return deadlineChanges.size(); }

    public boolean isComplete() { return status == ActionStatus.COMPLETE; }

    public Long getId() { return id; }
    public Recommendation getRecommendation() { return recommendation; }
    public String getReference() { return reference; }
    public String getDescription() { return description; }
    public String getOutcomes() { return outcomes; }
    public String getMeasures() { return measures; }
    public Priority getPriority() { return priority; }
    public LocalDate getStartDate() { return startDate; }
    public ActionTimescale getTimescale() { return timescale; }
    public LocalDate getOriginalDue() { return originalDue; }
    public LocalDate getDueDate() { return dueDate; }
    public String getExternalEvent() { return externalEvent; }
    public ActionStatus getStatus() { return status; }
    public LocalDate getCompletedOn() { return completedOn; }
    public Optional<RagOverride> getOverride() { return Optional.ofNullable(override); }
    public boolean isArchived() { return archived; }
    public long getVersion() { return version; }
    public List<Lead> getLeads() { return List.copyOf(leads); }
    public List<ActionDependency> getDependencies() { return List.copyOf(dependencies); }
    public List<DeadlineChange> getDeadlineChanges() { return List.copyOf(deadlineChanges); }
    public List<ProgressUpdate> getUpdates() { return List.copyOf(updates); }
}
