package org.oversight.sharing;

import java.util.List;
import org.oversight.plan.RagColour;

/**
 * A bar per council showing the RAG mix of its shared plan's actions, drawn as SVG text. Each
 * bar segment carries its count and symbol in words (and a tooltip title), and the chart has a
 * title and description; the table beside it gives the same figures, so colour is never the only
 * cue.
 */
final class RagMixChart {
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 420;
    private static final int ROW_HEIGHT = 28;
    private static final List<RagColour> ORDER = List.of(RagColour.RED, RagColour.AMBER, RagColour.GREEN, RagColour.BLUE);

    private RagMixChart() {
    }

    static String of(List<OverviewRow> rows, String title, String description) {
        int height = Math.max(1, rows.size()) * ROW_HEIGHT + 10;
        StringBuilder svg = new StringBuilder(600 + rows.size() * 520)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(LABEL_WIDTH + BAR_WIDTH + 10).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-labelledby=\"rag-mix-title rag-mix-desc\">");
        svg.append("<title id=\"rag-mix-title\">").append(HtmlText.escape(title)).append("</title>")
                .append("<desc id=\"rag-mix-desc\">").append(HtmlText.escape(description)).append("</desc>");
        // what every council's name, bar segment and count share is said once, for the group
        svg.append("<g text-anchor=\"end\" font-size=\"13\" fill=\"#0b0c0c\">");
        for (int i = 0; i < rows.size(); i++) {
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(i * ROW_HEIGHT + 21).append("\">")
                    .append(HtmlText.escape(rows.get(i).council())).append("</text>");
        }
        svg.append("</g><g stroke=\"#ffffff\" stroke-width=\"1\">");
        StringBuilder counts = new StringBuilder(rows.size() * 150);
        for (int i = 0; i < rows.size(); i++) {
            bar(svg, counts, rows.get(i), i * ROW_HEIGHT + 5);
        }
        return svg.append("</g><g text-anchor=\"middle\" font-size=\"12\" aria-hidden=\"true\">").append(counts)
                .append("</g></svg>").toString();
    }

    /** The council's bar segments, each titled with its count in words, and the counts written on the wide ones. */
    private static void bar(StringBuilder svg, StringBuilder counts, OverviewRow row, int y) {
        double x = LABEL_WIDTH;
        for (RagColour colour : ORDER) {
            int count = row.tally().count(colour);
            if (count == 0 || row.total() == 0) {
                continue;
            }
            double width = BAR_WIDTH * (double) count / row.total();
            svg.append("<rect x=\"");
            oneDecimal(svg, x).append("\" y=\"").append(y).append("\" width=\"");
            oneDecimal(svg, width).append("\" height=\"").append(ROW_HEIGHT - 6).append("\" fill=\"").append(fill(colour))
                    .append("\"><title>").append(HtmlText.escape(row.council() + ": " + colour.label() + " " + count)).append("</title></rect>");
            if (width >= 34) {
                counts.append("<text x=\"");
                oneDecimal(counts, x + width / 2).append("\" y=\"").append(y + 16).append("\" fill=\"")
                        .append(colour == RagColour.AMBER || colour == RagColour.YELLOW ? "#0b0c0c" : "#ffffff")
                        .append("\">").append(HtmlText.escape(colour.symbol())).append(' ').append(count).append("</text>");
            }
            x += width;
        }
    }

    /** A length of the drawing (never negative) with one decimal, as "%.1f" writes it in the root locale. */
    private static StringBuilder oneDecimal(StringBuilder out, double value) {
        long tenths = Math.round(value * 10);
        return out.append(tenths / 10).append('.').append(tenths % 10);
    }

    private static String fill(RagColour colour) {
        return switch (colour) {
            case RED -> "#d4351c";
            case AMBER -> "#f47738";
            case GREEN -> "#00703c";
            case YELLOW -> "#ffdd00";
            case BLUE -> "#1d70b8";
        };
    }
}
