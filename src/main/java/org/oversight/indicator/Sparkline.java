package org.oversight.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small trend chart for a table cell in a report pack: the values as a line, the latest
 * target as a dashed line. Shapes only, no text: the pack writes the figures in words beside it.
 */
final class Sparkline {
    static final int WIDTH = 120;
    static final int HEIGHT = 30;
    private static final double PAD = 3;

    private Sparkline() {
    }

    /** The chart, or null when there are fewer than two values to join. */
    static String of(List<IndicatorValue> series) {
        if (series.size() < 2) {
            return null;
        }
        BigDecimal target = series.get(series.size() - 1).getTarget();
        List<BigDecimal> figures = new ArrayList<>(series.stream().map(IndicatorValue::getValue).toList());
        double min = figures.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = figures.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        if (target != null) {
            min = Math.min(min, target.doubleValue());
            max = Math.max(max, target.doubleValue());
        }
        double span = max - min == 0 ? 1 : max - min;
        double low = min;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < figures.size(); i++) {
            double x = PAD + i * (WIDTH - 2 * PAD) / (figures.size() - 1);
            points.append(i == 0 ? "" : " ").append(point(x, y(figures.get(i).doubleValue(), low, span)));
        }
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\""
                + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\">");
        if (target != null) {
            double ty = y(target.doubleValue(), low, span);
            svg.append("<line x1=\"0\" y1=\"").append(number(ty)).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                    .append(number(ty)).append("\" stroke=\"").append(IndicatorCharts.TARGET)
                    .append("\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>");
        }
        svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"")
                .append(IndicatorCharts.VALUE).append("\" stroke-width=\"2\"/>");
        String last = points.substring(points.lastIndexOf(" ") + 1);
        String[] xy = last.split(",");
        svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]).append("\" r=\"2.5\" fill=\"")
                .append(IndicatorCharts.VALUE).append("\"/></svg>");
        return svg.toString();
    }

    private static double y(double figure, double low, double span) {
        return HEIGHT - PAD - (figure - low) / span * (HEIGHT - 2 * PAD);
    }

    private static String point(double x, double y) {
        return number(x) + "," + number(y);
    }

    private static String number(double n) {
        return String.format(Locale.ROOT, "%.1f", n);
    }

    /** The chart in words: every figure, the latest change and the standing. */
    static String words(Indicator indicator, List<IndicatorValue> series, Standing standing) {
        Unit unit = indicator.getUnit();
        List<String> figures = series.stream().map(v -> FigureText.of(unit, v.getValue())).toList();
        String text = "Trend over " + series.size() + " periods, " + series.get(0).getPeriod() + " to "
                + series.get(series.size() - 1).getPeriod() + ": " + String.join(", ", figures) + ".";
        if (standing.sincePrevious().against() != null) {
            text += " " + standing.sincePrevious().words() + ".";
        }
        return text + " " + Objects.requireNonNull(standing.status()).label() + ".";
    }
}
