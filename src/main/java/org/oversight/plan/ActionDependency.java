package org.oversight.plan;

import jakarta.persistence.*;

/** What an action depends on: another action, a whole workstream, or an external event. */
@Entity
@Table(name = "action_dependency")
public class ActionDependency {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_id")
    private Action action;
    @Enumerated(EnumType.STRING)
    private DependencyKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_action_id")
    private Action targetAction;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_workstream_id")
    private Workstream targetWorkstream;
    private String description;

    protected ActionDependency() {
    }

    private ActionDependency(Action action, DependencyKind kind) {
        this.action = action;
        this.kind = kind;
    }

    static ActionDependency onAction(Action action, Action target) {
        ActionDependency d = new ActionDependency(action, DependencyKind.ACTION);
        d.targetAction = target;
        return d;
    }

    static ActionDependency onWorkstream(Action action, Workstream target) {
        ActionDependency d = new ActionDependency(action, DependencyKind.WORKSTREAM);
        d.targetWorkstream = target;
        return d;
    }

    static ActionDependency onExternalEvent(Action action, String event) {
        ActionDependency d = new ActionDependency(action, DependencyKind.EXTERNAL);
        d.description = event;
        return d;
    }

    /** How the dependency reads to a person: "action 1.3", "workstream 2", or the event. */
    public String describe() {
        return switch (kind) {
            case ACTION -> "Action " + targetAction.getReference();
            case WORKSTREAM -> "Workstream " + targetWorkstream.getNumber() + ": " + targetWorkstream.getTitle();
            case EXTERNAL -> description;
        };
    }

    public Long getId() { return id; }
    public Action getAction() { return action; }
    public DependencyKind getKind() { return kind; }
    public Action getTargetAction() { return targetAction; }
    public Workstream getTargetWorkstream() { return targetWorkstream; }
    public String getDescription() { return description; }
}
