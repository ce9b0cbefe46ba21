package org.oversight.reporting.internal;

import java.util.List;
import java.util.Locale;
import org.oversight.reporting.RagMark;
import org.oversight.reporting.ReportPack.TallyRow;

/**
 * Small bar charts as SVG: shapes only, no text, so nothing depends on a font. Each segment
 * carries the shape of its colour's symbol (triangle red, lozenge amber, circle green, square
 * complete) so the chart reads in black and white; the numbers are always in the table beside it.
 */
public final class PackCharts {
    static final int WIDTH = 240;
    static final int HEIGHT = 20;

    private PackCharts() {
    }

    /** One horizontal bar of a tally, with its alternative text in words. */
    public static String bar(List<RagMark> colours, TallyRow row, boolean pdf) {
        String alt = "Bar chart: " + PackWords.tallyWords(colours, row);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append('"');
        svg.append(pdf ? " alt=\"" + escape(alt) + "\">" : " role=\"img\" aria-label=\"" + escape(alt) + "\"><title>" + escape(alt) + "</title>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
        double x = 0;
        for (int i = 0; i < colours.size(); i++) {
            int n = row.counts().get(i);
            if (n == 0 || row.total() == 0) {
                continue;
            }
            double w = (double) WIDTH * n / row.total();
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1\"/>",
                    x, w, HEIGHT, PackWords.strong(colours.get(i))));
            if (w >= 14) {
                svg.append(marker(colours.get(i), x + w / 2, HEIGHT / 2.0));
            }
            x += w;
        }
        return svg.append("</svg>").toString();
    }

    private static String marker(RagMark mark, double cx, double cy) {
        String style = "fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"1\"";
        return switch (mark.colour()) {
            case "RED" -> String.format(Locale.ROOT, "<path d=\"M %.2f %.2f L %.2f %.2f L %.2f %.2f Z\" %s/>",
                    cx, cy - 6, cx + 6, cy + 5, cx - 6, cy + 5, style);
            case "AMBER" -> String.format(Locale.ROOT, "<path d=\"M %.2f %.2f L %.2f %.2f L %.2f %.2f L %.2f %.2f Z\" %s/>",
                    cx, cy - 7, cx + 4, cy, cx, cy + 7, cx - 4, cy, style);
            case "GREEN" -> String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"5\" %s/>", cx, cy, style);
            default -> String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"10\" height=\"10\" %s/>", cx - 5, cy - 5, style);
        };
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
