package org.oversight.reporting;

/**
 * One indicator linked to a plan, as a pack shows it: the latest value with its period, the
 * target, comparators, which direction is good, commentary, and optionally a small trend chart
 * as SVG markup ({@code trendSvg}, shapes only, no text) with its alternative text in words.
 */
public record IndicatorRow(String code, String title, String period, String latestValue, String target,
                           String comparators, String direction, String commentary,
                           String trendSvg, String trendAlt, boolean exempt) {

    public IndicatorRow {
        if (trendSvg != null && (trendAlt == null || trendAlt.isBlank())) {
            throw new IllegalArgumentException("Indicator " + code + ": a trend chart needs alternative text");
        }
    }
}
