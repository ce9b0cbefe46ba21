package org.oversight.indicator;

/** One row of an indicator's data table: the value and how it stands. */
public record ValueLine(IndicatorValue value, Standing standing) {
    public String figure(java.math.BigDecimal figure) {
        return figure == null ? "" : FigureText.of(value.getIndicator().getUnit(), figure);
    }
}
