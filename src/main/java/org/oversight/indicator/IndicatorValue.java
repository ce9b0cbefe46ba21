package org.oversight.indicator;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;

/**
 * One published figure of an indicator for one reporting period. Its figures are never
 * overwritten silently: {@link #correct} keeps the previous figures with who, when and why.
 */
@Entity
public class IndicatorValue {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_ids")
    @SequenceGenerator(name = "indicator_ids", sequenceName = "indicator_ids", allocationSize = 50)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;
    private ReportingPeriod period;
    private java.time.LocalDate periodEnd;
    private BigDecimal numerator;
    private BigDecimal denominator;
    @Column(name = "published_value")
    private BigDecimal value;
    private BigDecimal target;
    private BigDecimal statisticalNeighbours;
    private BigDecimal england;
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "indicator_comparator", joinColumns = @JoinColumn(name = "value_id"))
    @OrderColumn(name = "position")
    private List<OtherComparator> others = new ArrayList<>();
    private String commentary;
    private String enteredBy;
    private Instant enteredAt;
    @BatchSize(size = 100)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "value_id", nullable = false)
    @OrderBy("correctedAt")
    private List<Correction> corrections = new ArrayList<>();
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "indicator_accepted_warning", joinColumns = @JoinColumn(name = "value_id"))
    private List<AcceptedWarning> acceptedWarnings = new ArrayList<>();
    @Version
    private long version;

    protected IndicatorValue() {
    }

    public IndicatorValue(Indicator indicator, ReportingPeriod period, Figures figures, String by, Instant at) {
        this.indicator = Objects.requireNonNull(indicator);
        this.period = Objects.requireNonNull(period);
        this.periodEnd = period.end();
        this.enteredBy = by;
        this.enteredAt = at;
        apply(figures);
    }

    /** Replaces the figures, keeping the previous ones with who corrected them, when and why. */
    public void correct(Figures corrected, String by, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the figures for " + indicator.getCode() + " " + period + " changed");
        }
        if (corrected.sameAs(figures())) {
            return;
        }
        corrections.add(new Correction(figures(), by, at, reason.strip()));
        apply(corrected);
    }

    /** Records that a warning was looked at and accepted, and why. */
    public void acceptWarning(String code, String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason for accepting the warning");
        }
        acceptedWarnings.removeIf(w -> w.code().equals(code));
        acceptedWarnings.add(new AcceptedWarning(code, reason.strip(), by, at));
    }

    public boolean hasAccepted(String code) {
        return acceptedWarnings.stream().anyMatch(w -> w.code().equals(code));
    }

    private void apply(Figures f) {
        this.numerator = f.numerator();
        this.denominator = f.denominator();
        this.value = f.value();
        this.target = f.target();
        this.statisticalNeighbours = f.statisticalNeighbours();
        this.england = f.england();
        this.others = new ArrayList<>(f.others());
        this.commentary = f.commentary();
    }

    public Figures figures() {
        return new Figures(numerator, denominator, value, target, statisticalNeighbours, england, others, commentary);
    }

    public Long getId() { return id; }
    public Indicator getIndicator() { return indicator; }
    public ReportingPeriod getPeriod() { return period; }
    public BigDecimal getNumerator() { return numerator; }
    public BigDecimal getDenominator() { return denominator; }
    public BigDecimal getValue() { return value; }
    public BigDecimal getTarget() { return target; }
    public BigDecimal getStatisticalNeighbours() { return statisticalNeighbours; }
    public BigDecimal getEngland() { return england; }
    public List<OtherComparator> getOthers() { return List.copyOf(others); }
    public String getCommentary() { return commentary; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
    public List<Correction> getCorrections() { return List.copyOf(corrections); }
    public List<AcceptedWarning> getAcceptedWarnings() { return List.copyOf(acceptedWarnings); }
}
