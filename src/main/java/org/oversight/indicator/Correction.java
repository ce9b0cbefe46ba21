package org.oversight.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The figures a value held before it was corrected, and who corrected it, when and why. */
@Entity
@Table(name = "indicator_correction")
public class Correction {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_ids")
    @SequenceGenerator(name = "indicator_ids", sequenceName = "indicator_ids", allocationSize = 50)
    private Long id;
    private BigDecimal previousNumerator;
    private BigDecimal previousDenominator;
    private BigDecimal previousValue;
    private BigDecimal previousTarget;
    private String previousCommentary;
    private String correctedBy;
    private Instant correctedAt;
    private String reason;

    protected Correction() {
    }

    Correction(Figures before, String by, Instant at, String reason) {
        this.previousNumerator = before.numerator();
        this.previousDenominator = before.denominator();
        this.previousValue = before.value();
        this.previousTarget = before.target();
        this.previousCommentary = before.commentary();
        this.correctedBy = by;
        this.correctedAt = at;
        this.reason = reason;
    }

    public BigDecimal getPreviousNumerator() { return previousNumerator; }
    public BigDecimal getPreviousDenominator() { return previousDenominator; }
    public BigDecimal getPreviousValue() { return previousValue; }
    public BigDecimal getPreviousTarget() { return previousTarget; }
    public String getPreviousCommentary() { return previousCommentary; }
    public String getCorrectedBy() { return correctedBy; }
    public Instant getCorrectedAt() { return correctedAt; }
    public String getReason() { return reason; }
}
