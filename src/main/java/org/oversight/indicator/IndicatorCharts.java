package org.oversight.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Charts drawn on the server as SVG text, so they show the same on a page and in a PDF: an
 * indicator's trend with its target and comparator lines, and a breakdown as bars. Each chart
 * has {@code role="img"}, a title and a description; pages show the data table beside it.
 */
public final class IndicatorCharts {
    static final String VALUE = "#1d70b8";
    static final String TARGET = "#00703c";
    static final String NEIGHBOURS = "#d4351c";
    static final String ENGLAND = "#4c2c92";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 96;

    private IndicatorCharts() {
    }

    /** The indicator's values over time, oldest first, with target, statistical neighbours and England lines. */
    public static String trendSvg(Indicator indicator, List<IndicatorValue> values) {
        List<IndicatorValue> series = values.stream().sorted((a, b) -> a.getPeriod().compareTo(b.getPeriod())).toList();
        String id = "trend-" + indicator.getCode().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        SvgCanvas svg = new SvgCanvas(WIDTH, HEIGHT, id, indicator.getCode() + " " + indicator.getTitle() + ": trend",
                describe(indicator, series));
        if (series.isEmpty()) {
            return svg.text(WIDTH / 2.0, HEIGHT / 2.0, "middle", 16, "No values yet").toString();
        }
        Scale scale = Scale.of(series);
        drawAxes(svg, scale, indicator.getUnit());
        double step = (WIDTH - LEFT - RIGHT) / (double) Math.max(series.size() - 1, 1);
        Function<Integer, Double> x = i -> LEFT + (series.size() == 1 ? (WIDTH - LEFT - RIGHT) / 2.0 : i * step);
        drawLine(svg, series, x, scale, IndicatorValue::getTarget, TARGET, "8 4");
        drawLine(svg, series, x, scale, IndicatorValue::getStatisticalNeighbours, NEIGHBOURS, "2 3");
        drawLine(svg, series, x, scale, IndicatorValue::getEngland, ENGLAND, "10 3 2 3");
        drawLine(svg, series, x, scale, IndicatorValue::getValue, VALUE, null);
        for (int i = 0; i < series.size(); i++) {
            svg.circle(x.apply(i), scale.y(series.get(i).getValue()), 3.5, VALUE);
            if (series.size() <= 8 || i % Math.max(series.size() / 6, 1) == 0 || i == series.size() - 1) {
                svg.text(x.apply(i), HEIGHT - BOTTOM + 18, "middle", 11, series.get(i).getPeriod().toString());
            }
        }
        legend(svg);
        return svg.toString();
    }

    /** Bars for the parts of a breakdown, in the order given, labelled with their figures. */
    public static String breakdownSvg(String title, List<BreakdownPart> parts) {
        int height = 24 + parts.size() * 34;
        String id = "breakdown-" + Integer.toHexString(title.hashCode());
        String description = parts.stream().map(p -> p.label() + " " + FigureText.plain(p.figure()))
                .collect(Collectors.joining("; "));
        SvgCanvas svg = new SvgCanvas(WIDTH, height, id, title, description);
        BigDecimal max = parts.stream().map(BreakdownPart::figure).reduce(BigDecimal.ONE, BigDecimal::max);
        for (int i = 0; i < parts.size(); i++) {
            BreakdownPart part = parts.get(i);
            double y = 12 + i * 34;
            double w = (WIDTH - 260) * part.figure().doubleValue() / max.doubleValue();
            svg.text(200, y + 17, "end", 13, part.label());
            svg.rect(210, y, Math.max(w, 1), 24, VALUE);
            svg.text(216 + w, y + 17, "start", 13, FigureText.plain(part.figure()));
        }
        return svg.toString();
    }

    private static void drawAxes(SvgCanvas svg, Scale scale, Unit unit) {
        double bottom = HEIGHT - BOTTOM;
        svg.line(LEFT, TOP, LEFT, bottom, "#505a5f", 1, null).line(LEFT, bottom, WIDTH - RIGHT, bottom, "#505a5f", 1, null);
        for (BigDecimal tick : scale.ticks()) {
            double y = scale.y(tick);
            svg.line(LEFT - 4, y, WIDTH - RIGHT, y, "#e5e6e7", 1, null)
                    .text(LEFT - 8, y + 4, "end", 11, FigureText.of(unit == Unit.DAYS ? Unit.COUNT : unit, tick));
        }
    }

    private static void drawLine(SvgCanvas svg, List<IndicatorValue> series, Function<Integer, Double> x, Scale scale,
                                 Function<IndicatorValue, BigDecimal> figure, String colour, String dash) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            BigDecimal f = figure.apply(series.get(i));
            if (f != null) {
                points.add(String.format(Locale.ROOT, "%.1f,%.1f", x.apply(i), scale.y(f)));
            }
        }
        if (points.size() == 1) {
            String[] p = points.get(0).split(",");
            svg.circle(Double.parseDouble(p[0]), Double.parseDouble(p[1]), 3, colour);
        } else if (!points.isEmpty()) {
            svg.polyline(String.join(" ", points), colour, dash == null ? 3 : 2, dash);
        }
    }

    private static void legend(SvgCanvas svg) {
        String[][] keys = {{"Value", VALUE, null}, {"Target", TARGET, "8 4"},
            {"Statistical neighbours", NEIGHBOURS, "2 3"}, {"England", ENGLAND, "10 3 2 3"}};
        double y = HEIGHT - 30;
        double x = LEFT;
        for (String[] key : keys) {
            svg.line(x, y, x + 28, y, key[1], 3, key[2]).text(x + 34, y + 4, "start", 12, key[0]);
            x += 48 + key[0].length() * 6.5;
        }
    }

    static String describe(Indicator indicator, List<IndicatorValue> series) {
        if (series.isEmpty()) {
            return "No values have been recorded.";
        }
        IndicatorValue first = series.get(0);
        IndicatorValue last = series.get(series.size() - 1);
        Unit unit = indicator.getUnit();
        String text = "From " + first.getPeriod() + " to " + last.getPeriod() + " the figure went from "
                + FigureText.of(unit, first.getValue()) + " to " + FigureText.of(unit, last.getValue()) + ", "
                + FigureText.change(unit, first.getValue(), last.getValue()) + ".";
        if (last.getTarget() != null) {
            text += " The latest target is " + FigureText.of(unit, last.getTarget()) + ".";
        }
        return text + " The table beside the chart gives every figure.";
    }
}
