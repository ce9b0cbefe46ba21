package org.oversight.plan;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

/** A numbered workstream with a strategic lead, a key aim and numbered key deliverables. */
@Entity
@Table(name = "workstream")
public class Workstream {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private ActionPlan plan;
    private String number;
    private String title;
    @ManyToOne
    @JoinColumn(name = "lead_id")
    private Lead lead;
    @Column(name = "key_aim")
    private String keyAim;
    private int position;

    @ElementCollection
    @CollectionTable(name = "key_deliverable", joinColumns = @JoinColumn(name = "workstream_id"))
    @OrderColumn(name = "position")
    private List<KeyDeliverable> deliverables = new ArrayList<>();

    protected Workstream() {
    }

    Workstream(ActionPlan plan, String number, String title, Lead lead, String keyAim, int position) {
        this.plan = plan;
        this.number = Organisation.requireText(number, "A workstream needs a number");
        this.title = Organisation.requireText(title, "A workstream needs a title");
        this.lead = lead;
        this.keyAim = keyAim;
        this.position = position;
    }

    public void revise(String title, Lead lead, String keyAim) {
        this.title = Organisation.requireText(title, "A workstream needs a title");
        this.lead = lead;
        this.keyAim = keyAim;
    }

    public void addDeliverable(String number, String text) {
        deliverables.add(new KeyDeliverable(number, text));
    }

    public Long getId() { return id; }
    public ActionPlan getPlan() { return plan; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public Lead getLead() { return lead; }
    public String getKeyAim() { return keyAim; }
    public List<KeyDeliverable> getDeliverables() { return List.copyOf(deliverables); }
}
