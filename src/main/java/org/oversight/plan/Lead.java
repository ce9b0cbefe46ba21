package org.oversight.plan;

import jakarta.persistence.*;

/**
 * Whoever leads an action: a role ("Head of Professional Standards"), a named person, or a
 * partner body. A lead can be held by a signed-in user, whose "My actions" then lists it.
 */
@Entity
@Table(name = "lead")
public class Lead {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private LeadKind kind;
    private String name;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    @Column(name = "held_by")
    private String heldBy;

    protected Lead() {
    }

    public Lead(LeadKind kind, String name, Organisation organisation) {
        this.kind = kind;
        this.name = Organisation.requireText(name, "A lead needs a name");
        this.organisation = organisation;
    }

    public void assignTo(String username) { this.heldBy = username; }

    public Long getId() { return id; }
    public LeadKind getKind() { return kind; }
    public String getName() { return name; }
    public Organisation getOrganisation() { return organisation; }
    public String getHeldBy() { return heldBy; }
}
