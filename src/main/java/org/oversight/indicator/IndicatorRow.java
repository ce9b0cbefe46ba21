package org.oversight.indicator;

import java.math.BigDecimal;

/** One row of the indicator values CSV, read and typed: one value of one indicator. */
public record IndicatorRow(int line, String code, String title, Unit unit, Polarity polarity, ReportingPeriod period,
                           BigDecimal numerator, BigDecimal denominator, BigDecimal value, BigDecimal target,
                           BigDecimal statisticalNeighbours, BigDecimal england, String partOf, String breakdown,
                           String commentary) implements java.io.Serializable {
    /** The columns of the indicator values CSV, in order. */
    public static final String[] COLUMNS = {"code", "title", "unit", "polarity", "period", "numerator", "denominator",
        "value", "target", "statistical_neighbours", "england", "part_of", "breakdown", "commentary"};

    public Figures figures() {
        return new Figures(numerator, denominator, value, target, statisticalNeighbours, england, null, commentary);
    }

    public CheckedFigure checked() {
        return new CheckedFigure(code, unit, period, numerator, denominator, value, target, commentary, partOf, breakdown, null);
    }

    /** The row as the CSV writes it, column by column. */
    public String[] cells() {
        return new String[] {code, title, unit.word(), polarity.word(), period.toString(), FigureText.plain(numerator),
            FigureText.plain(denominator), FigureText.plain(value), FigureText.plain(target),
            FigureText.plain(statisticalNeighbours), FigureText.plain(england), orEmpty(partOf), orEmpty(breakdown),
            orEmpty(commentary)};
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
