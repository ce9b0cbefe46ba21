package org.oversight.indicator;

/** One indicator on the list page: its latest value, standing and how many warnings its values raise. */
public record IndicatorSummary(Indicator indicator, IndicatorValue latest, Standing standing, long warnings) {
    public String latestText() {
        return latest == null ? "No values yet" : FigureText.of(indicator.getUnit(), latest.getValue());
    }

    public String figure(java.math.BigDecimal figure) {
        return figure == null ? "Not given" : FigureText.of(indicator.getUnit(), figure);
    }
}
