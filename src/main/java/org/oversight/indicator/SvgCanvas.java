package org.oversight.indicator;

import java.util.Locale;

/** A small SVG writer: elements built as text, every piece of text escaped, no inline styles. */
final class SvgCanvas {
    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(int width, int height, String id, String title, String description) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"")
                .append(" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    }

    SvgCanvas line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>",
                x1, y1, x2, y2, colour, width, dash(dash)));
        return this;
    }

    SvgCanvas polyline(String points, String colour, double width, String dash) {
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>",
                points, colour, width, dash(dash)));
        return this;
    }

    SvgCanvas circle(double x, double y, double r, String colour) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>", x, y, r, colour));
        return this;
    }

    SvgCanvas rect(double x, double y, double w, double h, String colour) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x, y, w, h, colour));
        return this;
    }

    SvgCanvas text(double x, double y, String anchor, int size, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                + "font-family=\"Arial, sans-serif\" fill=\"#0b0c0c\">", x, y, anchor, size)).append(escape(text)).append("</text>");
        return this;
    }

    private static String dash(String dash) {
        return dash == null ? "" : " stroke-dasharray=\"" + dash + "\"";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return svg + "</svg>";
    }
}
