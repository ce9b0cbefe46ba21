package org.oversight.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The form to correct one value: its figures and why they change. */
public class CorrectionForm {
    @jakarta.validation.constraints.DecimalMin(value = "-99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    @jakarta.validation.constraints.DecimalMax(value = "99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    private BigDecimal numerator;
    @jakarta.validation.constraints.DecimalMin(value = "-99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    @jakarta.validation.constraints.DecimalMax(value = "99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    private BigDecimal denominator;
    @NotNull(message = "Enter the value as published")
    @jakarta.validation.constraints.DecimalMin(value = "-99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    @jakarta.validation.constraints.DecimalMax(value = "99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    private BigDecimal value;
    @jakarta.validation.constraints.DecimalMin(value = "-99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    @jakarta.validation.constraints.DecimalMax(value = "99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    private BigDecimal target;
    @jakarta.validation.constraints.DecimalMin(value = "-99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    @jakarta.validation.constraints.DecimalMax(value = "99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    private BigDecimal statisticalNeighbours;
    @jakarta.validation.constraints.DecimalMin(value = "-99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    @jakarta.validation.constraints.DecimalMax(value = "99999999999", message = "Figures must be between -99,999,999,999 and 99,999,999,999")
    private BigDecimal england;
    private String commentary;
    @NotBlank(message = "Say why the figures are being corrected")
    private String reason;

    static CorrectionForm of(IndicatorValue v) {
        CorrectionForm form = new CorrectionForm();
        form.numerator = v.getNumerator();
        form.denominator = v.getDenominator();
        form.value = v.getValue();
        form.target = v.getTarget();
        form.statisticalNeighbours = v.getStatisticalNeighbours();
        form.england = v.getEngland();
        form.commentary = v.getCommentary();
        return form;
    }

    Figures figures(IndicatorValue current) {
        return new Figures(numerator, denominator, value, target, statisticalNeighbours, england, current.getOthers(), commentary);
    }

    public BigDecimal getNumerator() { return numerator; }
    public void setNumerator(BigDecimal numerator) { this.numerator = numerator; }
    public BigDecimal getDenominator() { return denominator; }
    public void setDenominator(BigDecimal denominator) { this.denominator = denominator; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
    public BigDecimal getStatisticalNeighbours() { return statisticalNeighbours; }
    public void setStatisticalNeighbours(BigDecimal statisticalNeighbours) { this.statisticalNeighbours = statisticalNeighbours; }
    public BigDecimal getEngland() { return england; }
    public void setEngland(BigDecimal england) { this.england = england; }
    public String getCommentary() { return commentary; }
    public void setCommentary(String commentary) { this.commentary = commentary; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
