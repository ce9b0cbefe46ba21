package org.oversight.plan;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.SortNatural;

/**
 * An improvement plan owed after an inspection or review: its source, period, owner,
 * "progress as at" rounds, RAG legend and the cadence at which its actions must be updated.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String source;
    @Column(name = "source_date")
    private LocalDate sourceDate;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Organisation owner;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "update_cadence")
    private String updateCadence = "P1M";
    @Enumerated(EnumType.STRING)
    @Column(name = "complete_colour")
    private RagColour completeColour = RagColour.GREEN;
    private boolean published;
    private boolean archived;
    @Version
    private long version;
    /** Moved on by {@link PlanRevisions} whenever the plan or anything shown with it changes. */
    @Column(insertable = false, updatable = false)
    private long revision;

    @ElementCollection
    @CollectionTable(name = "rag_legend_entry", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<RagLegendEntry> legend = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "progress_round", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "as_at")
    @SortNatural
    private SortedSet<LocalDate> rounds = new TreeSet<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<Workstream> workstreams = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<Recommendation> recommendations = new ArrayList<>();

    protected ActionPlan() {
    }

    public ActionPlan(String title, Organisation owner, LocalDate periodStart, LocalDate periodEnd) {
        describe(title, null, null);
        this.owner = owner;
        changePeriod(periodStart, periodEnd);
        legend.add(new RagLegendEntry(RagColour.RED, "Incomplete or not started"));
        legend.add(new RagLegendEntry(RagColour.AMBER, "In progress but with slippage or issues needing to be overcome"));
        legend.add(new RagLegendEntry(RagColour.GREEN, "On target or completed"));
    }

    public void describe(String title, String source, LocalDate sourceDate) {
        this.title = Organisation.requireText(title, "A plan needs a title");
        this.source = source;
        this.sourceDate = sourceDate;
    }

    public void changePeriod(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("The plan period must end on or after it starts");
        }
        this.periodStart = start;
        this.periodEnd = end;
    }

    public void setUpdateCadence(Period cadence) {
        if (cadence == null || cadence.isNegative() || cadence.isZero()) {
            throw new IllegalArgumentException("The update cadence must be a positive period");
        }
        this.updateCadence = cadence.toString();
    }

    /** Replaces the legend; the completion colour is the one meaning "completed". */
    public void useLegend(List<RagLegendEntry> entries, RagColour completeColour) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("A legend needs at least one colour");
        }
        legend.clear();
        legend.addAll(entries);
        this.completeColour = completeColour;
    }

    public void changeOwner(Organisation owner) {
        if (owner == null) {
            throw new IllegalArgumentException("A plan needs an owner organisation");
        }
        this.owner = owner;
    }

    public void addRound(LocalDate asAt) { rounds.add(asAt); }

    public void publish(boolean published) { this.published = published; }

    public Workstream addWorkstream(String number, String title, Lead lead, String keyAim) {
        if (findWorkstream(number).isPresent()) {
            throw new IllegalArgumentException("Workstream " + number + " already exists in this plan");
        }
        Workstream w = new Workstream(this, number, title, lead, keyAim, workstreams.size());
        workstreams.add(w);
        return w;
    }

    public Recommendation addRecommendation(String number, String text, Responsibility responsibility) {
        if (findRecommendation(number).isPresent()) {
            throw new IllegalArgumentException("Recommendation " + number.strip() + " already exists in this plan");
        }
        Recommendation r = new Recommendation(this, number, text, responsibility, recommendations.size());
        recommendations.add(r);
        return r;
    }

    public List<Action> actions() {
        return recommendations.stream().filter(r -> !r.isArchived())
                .flatMap(r -> r.activeActions().stream()).toList();
    }

    public Optional<Action> findAction(String reference) {
        return actions().stream().filter(a -> a.getReference().equalsIgnoreCase(reference)).findFirst();
    }

    public Optional<Workstream> findWorkstream(String number) {
        return number == null ? Optional.empty() : workstreams.stream()
                .filter(w -> w.getNumber().equalsIgnoreCase(number.strip())).findFirst();
    }

    public Optional<Recommendation> findRecommendation(String number) {
        return number == null ? Optional.empty() : getRecommendations().stream()
                .filter(r -> r.getNumber().equalsIgnoreCase(number.strip())).findFirst();
    }

    public Optional<LocalDate> latestRound() {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.last());
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getSource() { return source; }
    public LocalDate getSourceDate() { return sourceDate; }
    public Organisation getOwner() { return owner; }
    /** The owning organisation's id, or null for a plan of none (read without loading the organisation). */
    public Long getOwnerId() { return owner == null ? null : owner.getId(); }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public Period getUpdateCadence() { return Period.parse(updateCadence); }
    public RagColour getCompleteColour() { return completeColour; }
    public boolean isPublished() { return published; }
    public boolean isArchived() { return archived; }
    public long getVersion() { return version; }
    /** The plan's revision as read from the database: it differs after any committed change to what the plan shows. */
    public long getRevision() { return revision; }
    public List<RagLegendEntry> getLegend() { return List.copyOf(legend); }
    public SortedSet<LocalDate> getRounds() { return new TreeSet<>(rounds); }
    public List<Workstream> getWorkstreams() { return List.copyOf(workstreams); }
    public List<Recommendation> getRecommendations() {
        return recommendations.stream().filter(r -> !r.isArchived()).toList();
    }
}
