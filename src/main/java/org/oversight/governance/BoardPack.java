package org.oversight.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A report pack issued to a board: kept so that the board's clerk can be told when the next one is late. */
@Entity
@Table(name = "board_pack")
public class BoardPack {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private Board board;
    private long packId;
    private long planId;
    private String meeting;
    private LocalDate issuedOn;
    private String issuedBy;

    protected BoardPack() {
    }

    public BoardPack(Board board, long packId, long planId, String meeting, LocalDate issuedOn, String issuedBy) {
        this.board = board;
        this.packId = packId;
        this.planId = planId;
        this.meeting = meeting;
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
    }

    public Long getId() { return id; }
    public Board getBoard() { return board; }
    public long getPackId() { return packId; }
    public long getPlanId() { return planId; }
    public String getMeeting() { return meeting; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getIssuedBy() { return issuedBy; }
}
