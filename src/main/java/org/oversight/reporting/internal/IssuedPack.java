package org.oversight.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.oversight.reporting.IssuedPackSummary;

/** A pack as issued to a board: never changed after it is stored. */
@Entity
@Table(name = "report_pack")
class IssuedPack {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_id")
    private long planId;
    private String board;
    @Column(name = "board_key")
    private String boardKey;
    private String meeting;
    @Column(name = "as_at")
    private LocalDate asAt;
    @Column(name = "for_publication")
    private boolean forPublication;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "contains_exempt")
    private boolean containsExempt;

    protected IssuedPack() {
    }

    IssuedPack(long planId, String board, String meeting, LocalDate asAt, boolean forPublication, String issuedBy,
               Instant issuedAt, boolean containsExempt) {
        this.planId = planId;
        this.board = board;
        this.boardKey = keyOf(board);
        this.meeting = meeting;
        this.asAt = asAt;
        this.forPublication = forPublication;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.containsExempt = containsExempt;
    }

    static String keyOf(String board) {
        return board.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    IssuedPackSummary summary() {
        return new IssuedPackSummary(id, planId, board, meeting, asAt, issuedBy, issuedAt, forPublication,
                containsExempt);
    }

    Long getId() { return id; }
    long getPlanId() { return planId; }
    boolean isForPublication() { return forPublication; }
    Instant getIssuedAt() { return issuedAt; }
}
