package org.oversight.sharing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One published figure of one local authority (or of England, or a region) for one indicator
 * and period, as the Department's local-authority interactive tool publishes them. Replaced, not
 * duplicated, when a newer download restates it.
 */
@Entity
@Table(name = "comparator_figure")
public class ComparatorFigure {
    /** The code the published tables give England. */
    public static final String ENGLAND = "E92000001";
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "la_code")
    private String laCode;
    @Column(name = "la_name")
    private String laName;
    @Column(name = "indicator_code")
    private String indicatorCode;
    private String period;
    private BigDecimal figure;
    @Column(name = "imported_by")
    private String importedBy;
    @Column(name = "imported_at")
    private Instant importedAt;

    protected ComparatorFigure() {
    }

    ComparatorFigure(String laCode, String laName, String indicatorCode, String period, BigDecimal figure, String by,
                     Instant at) {
        this.laCode = laCode;
        this.indicatorCode = indicatorCode;
        this.period = period;
        restate(laName, figure, by, at);
    }

    void restate(String name, BigDecimal newFigure, String by, Instant at) {
        this.laName = name;
        this.figure = newFigure;
        this.importedBy = by;
        this.importedAt = at;
    }

    /** England, or a region (codes E92 and E12): an average to compare with, not a council to rank. */
    public boolean isArea() {
        return laCode.startsWith("E92") || laCode.startsWith("E12") || "England".equalsIgnoreCase(laName);
    }

    public boolean isEngland() { return ENGLAND.equals(laCode) || "England".equalsIgnoreCase(laName); }

    public Long getId() { return id; }
    public String getLaCode() { return laCode; }
    public String getLaName() { return laName; }
    public String getIndicatorCode() { return indicatorCode; }
    public String getPeriod() { return period; }
    public BigDecimal getFigure() { return figure; }
}
