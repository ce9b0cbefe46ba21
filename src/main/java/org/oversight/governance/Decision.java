package org.oversight.governance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;

/** A NOTED, RESOLVED or RECOMMENDED decision on an item, with its numbered points. */
@Entity
public class Decision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem item;
    private int position;
    @Enumerated(EnumType.STRING)
    private DecisionKind kind;
    private String text;
    @ElementCollection
    @CollectionTable(name = "decision_point", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> points = new ArrayList<>();

    protected Decision() {
    }

    Decision(AgendaItem item, int position, DecisionKind kind, String text, List<String> points) {
        this.item = item;
        this.position = position;
        this.kind = kind;
        this.text = text == null || text.isBlank() ? null : text.strip();
        this.points.addAll(points);
    }

    public Long getId() { return id; }
    public AgendaItem getItem() { return item; }
    public DecisionKind getKind() { return kind; }
    public String getText() { return text; }
    public List<String> getPoints() { return List.copyOf(points); }

    /** The decision's asks one by one: its points, or its text when it has none. */
    public List<String> asks() {
        return points.isEmpty() && text != null ? List.of(text) : getPoints();
    }
}
