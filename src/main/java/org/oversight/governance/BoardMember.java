package org.oversight.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A member or supporting officer of a board, optionally linked to the account they sign in with. */
@Entity
public class BoardMember {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private Board board;
    private int position;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "member_role")
    private MemberRole role;
    private String username;

    protected BoardMember() {
    }

    BoardMember(Board board, int position, String name, MemberRole role, String username) {
        this.board = board;
        this.position = position;
        this.name = name;
        this.role = role;
        this.username = username;
    }

    /** Changes the person's name, role or linked account (null: none). */
    public void change(String newName, MemberRole newRole, String newUsername) {
        this.name = newName;
        this.role = newRole;
        this.username = newUsername;
    }

    void placeAt(int newPosition) { this.position = newPosition; }

    public Long getId() { return id; }
    public Board getBoard() { return board; }
    public String getName() { return name; }
    public MemberRole getRole() { return role; }
    public String getUsername() { return username; }
    public boolean isOfficer() { return role == MemberRole.SUPPORTING_OFFICER; }
}
