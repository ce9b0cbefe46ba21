package org.oversight.plan;

import jakarta.persistence.*;

/** A council, NHS body, police force, school or national body. */
@Entity
@Table(name = "organisation")
public class Organisation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind) {
        this.name = requireText(name, "An organisation needs a name");
        this.kind = kind;
    }

    static String requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public OrganisationKind getKind() { return kind; }
}
