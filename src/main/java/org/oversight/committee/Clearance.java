package org.oversight.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One named officer's clearance of a report: waiting, cleared, or returned with a comment. */
@Entity
@jakarta.persistence.Table(name = "committee_report_clearance")
public class Clearance {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private CommitteeReport report;
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "clearance_role")
    private ClearanceRole role;
    private String officer;
    @Enumerated(EnumType.STRING)
    private ClearanceStatus status = ClearanceStatus.PENDING;
    private String remark;
    private Instant decidedAt;

    protected Clearance() {
    }

    Clearance(CommitteeReport report, int position, ClearanceRole role, String officer) {
        this.report = report;
        this.position = position;
        this.role = role;
        this.officer = officer;
    }

    void decide(ClearanceStatus decision, String comment, Instant at) {
        this.status = decision;
        this.remark = Implication.blankAsNull(comment);
        this.decidedAt = at;
    }

    /** Back to waiting: the report changed after this officer cleared it. */
    void askAgain() {
        this.status = ClearanceStatus.PENDING;
        this.remark = null;
        this.decidedAt = null;
    }

    public boolean isFor(String username) { return username != null && officer.equalsIgnoreCase(username); }

    public Long getId() { return id; }
    public CommitteeReport getReport() { return report; }
    public ClearanceRole getRole() { return role; }
    public String getOfficer() { return officer; }
    public ClearanceStatus getStatus() { return status; }
    public String getRemark() { return remark; }
    public Instant getDecidedAt() { return decidedAt; }
}
