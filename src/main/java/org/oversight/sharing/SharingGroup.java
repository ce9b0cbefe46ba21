package org.oversight.sharing;

import jakarta.persistence.*;
import java.util.HashSet;
import java.util.Set;

/**
 * A named group councils share with: a region, "national", a sector-led improvement
 * partnership. Its members are the organisations that may share with it; its advisers (accounts
 * of the adviser role placed in it) read what they share.
 */
@Entity
@Table(name = "sharing_group")
public class SharingGroup {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private GroupKind kind;
    @ElementCollection
    @CollectionTable(name = "sharing_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "organisation_id")
    private Set<Long> members = new HashSet<>();

    protected SharingGroup() {
    }

    public SharingGroup(String name, GroupKind kind) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A group needs a name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("A group needs a kind");
        }
        this.name = name.strip();
        this.kind = kind;
    }

    /** Lets the organisation share with this group. */
    public void admit(long organisationId) { members.add(organisationId); }

    public boolean hasMember(Long organisationId) { return organisationId != null && members.contains(organisationId); }

    public Long getId() { return id; }
    public String getName() { return name; }
    public GroupKind getKind() { return kind; }
    public Set<Long> getMembers() { return Set.copyOf(members); }
}
