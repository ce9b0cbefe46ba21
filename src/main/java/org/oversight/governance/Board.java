package org.oversight.governance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A board or committee: its members with their roles and the officers who support it. */
@Entity
public class Board {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private BoardKind kind;
    @Version
    private long version;
    @Column(name = "organisation_id")
    private Long organisationId;
    /** The organisation's id, or 0 for none: what the name is unique within. */
    @Column(name = "organisation_key")
    private long organisationKey;
    @OneToMany(mappedBy = "board", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BoardMember> members = new ArrayList<>();

    protected Board() {
    }

    public Board(String name, BoardKind kind) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A board needs a name");
        }
        this.name = name.strip();
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Makes the board one organisation's (null: the whole instance's); its name is then unique
     * among that organisation's boards.
     */
    public Board belongTo(Long organisation) {
        this.organisationId = organisation;
        this.organisationKey = organisation == null ? 0 : organisation;
        return this;
    }

    /** Gives the board a new name or kind; its members, meetings and business stay with it. */
    public void rename(String newName, BoardKind newKind) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A board needs a name");
        }
        this.name = newName.strip();
        this.kind = Objects.requireNonNull(newKind, "kind");
    }

    /** Takes a member or officer off the board; those after them move up one place. */
    public BoardMember removeMember(long memberId) {
        BoardMember member = member(memberId);
        members.remove(member);
        for (int i = 0; i < members.size(); i++) {
            members.get(i).placeAt(i);
        }
        return member;
    }

    /** The member or officer with this id, if they are on this board. */
    public BoardMember member(long memberId) {
        return members.stream().filter(m -> m.getId() != null && m.getId() == memberId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such member of " + name));
    }

    /** Adds a member; {@code username} links the member to an account, or is null. */
    public BoardMember addMember(String name, MemberRole role, String username) {
        BoardMember member = new BoardMember(this, members.size(), name, role, username);
        members.add(member);
        return member;
    }

    /** True when the account with this username holds any role on the board. */
    public boolean hasRole(String username) {
        return username != null && members.stream().anyMatch(m -> username.equals(m.getUsername()));
    }

    /** True when the account is one of the officers who support the board: its clerk among them. */
    public boolean isSupportedBy(String username) {
        return username != null && officers().stream().anyMatch(o -> username.equals(o.getUsername()));
    }

    /** The accounts of the board's supporting officers, for the notices a clerk receives. */
    public List<String> officerUsernames() {
        return officers().stream().map(BoardMember::getUsername).filter(u -> u != null && !u.isBlank()).distinct().toList();
    }

    public List<BoardMember> memberList() {
        return members.stream().filter(m -> !m.isOfficer()).toList();
    }

    public List<BoardMember> officers() {
        return members.stream().filter(BoardMember::isOfficer).toList();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public BoardKind getKind() { return kind; }
    public List<BoardMember> getMembers() { return List.copyOf(members); }
    /** The organisation the board belongs to, or null when it belongs to none. */
    public Long getOrganisationId() { return organisationId; }
}
