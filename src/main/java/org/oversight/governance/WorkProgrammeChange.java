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
import java.time.Instant;
import java.time.LocalDate;

/** One change to a work programme item: added, moved from one meeting to another, or removed. */
@Entity
public class WorkProgrammeChange {
    public enum Kind { ADDED, MOVED, REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private WorkProgrammeItem item;
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private Kind kind;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String reason;
    private String changedBy;
    private Instant changedAt;

    protected WorkProgrammeChange() {
    }

    WorkProgrammeChange(WorkProgrammeItem item, int position, Kind kind, LocalDate from, LocalDate to,
                        String reason, String by, Instant at) {
        this.item = item;
        this.position = position;
        this.kind = kind;
        this.fromDate = from;
        this.toDate = to;
        this.reason = reason;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** "Moved from 3 November 2009 to 5 January 2010", as a clerk writes it. */
    public String describe() {
        return switch (kind) {
            case ADDED -> "Added for " + Dates.longDate(toDate);
            case MOVED -> "Moved from " + Dates.longDate(fromDate) + " to " + Dates.longDate(toDate);
            case REMOVED -> "Removed from " + Dates.longDate(fromDate);
        } + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }

    /** The change with who made it and when: "Moved from 3 November 2026 to 5 January 2027: reason (manager, 12 October 2026)". */
    public String describeWithWho() {
        return describe() + " (" + changedBy + ", " + Dates.longDate(changedAt.atZone(Dates.LONDON).toLocalDate()) + ")";
    }

    public Kind getKind() { return kind; }
    public LocalDate getFromDate() { return fromDate; }
    public LocalDate getToDate() { return toDate; }
    public String getReason() { return reason; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
