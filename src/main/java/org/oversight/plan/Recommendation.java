package org.oversight.plan;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

/** A recommendation of the inspection or review, the council's response, and its actions. */
@Entity
@Table(name = "recommendation")
public class Recommendation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private ActionPlan plan;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "workstream_id")
    private Workstream workstream;
    private String number;
    private String text;
    private String theme;
    private String response;
    @Enumerated(EnumType.STRING)
    private Responsibility responsibility;
    private int position;
    private boolean archived;
    @Version
    private long version;

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<Action> actions = new ArrayList<>();

    protected Recommendation() {
    }

    Recommendation(ActionPlan plan, String number, String text, Responsibility responsibility, int position) {
        this.plan = plan;
        this.number = Organisation.requireText(number, "A recommendation needs a number");
        this.position = position;
        revise(text, null, null, responsibility);
    }

    public void revise(String text, String theme, String response, Responsibility responsibility) {
        this.text = Organisation.requireText(text, "A recommendation needs its text");
        this.theme = theme;
        this.response = response;
        this.responsibility = responsibility == null ? Responsibility.OURS : responsibility;
    }

    /** Gives the recommendation a new number, refusing one another recommendation of the plan has. */
    public void renumber(String newNumber) {
        String n = Organisation.requireText(newNumber, "A recommendation needs a number");
        if (plan.findRecommendation(n).filter(r -> r != this).isPresent()) {
            throw new IllegalArgumentException("Recommendation " + n + " already exists in this plan");
        }
        this.number = n;
    }

    public void placeIn(Workstream workstream) {
        if (workstream != null && workstream.getPlan() != plan) {
            throw new IllegalArgumentException("The workstream belongs to another plan");
        }
        this.workstream = workstream;
    }

    public void archive() { this.archived = true; }

    public Action addAction(String reference, String description) {
        boolean taken = plan.actions().stream().anyMatch(a -> a.getReference().equalsIgnoreCase(reference));
        if (taken) {
            throw new IllegalArgumentException("Action " + reference + " already exists in this plan");
        }
        Action a = new Action(this, reference, description, actions.size());
        actions.add(a);
        return a;
    }

    public List<Action> activeActions() {
        return actions.stream().filter(a -> !a.isArchived()).toList();
    }

    public Long getId() { return id; }
    public ActionPlan getPlan() { return plan; }
    public Workstream getWorkstream() { return workstream; }
    public String getNumber() { return number; }
    public String getText() { return text; }
    public String getTheme() { return theme; }
    public String getResponse() { return response; }
    public Responsibility getResponsibility() { return responsibility; }
    public boolean isArchived() { return archived; }
    public long getVersion() { return version; }
}
