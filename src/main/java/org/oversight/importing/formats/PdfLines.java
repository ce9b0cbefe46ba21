package org.oversight.importing.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import technology.tabula.Line;
import technology.tabula.Page;
import technology.tabula.TextChunk;
import technology.tabula.TextElement;

/**
 * The lines of text on one PDF page that lie outside its tables, each with its distance from
 * the top of the page. A short line set wholly in a bold font counts as a level 9 heading; a
 * heading or a sentence wrapped over lines of the same size (the line before not ending a
 * sentence) is one line.
 * Built from the text tabula already took from the page, so the page is not parsed again.
 */
final class PdfLines {
    record Line(String text, double top, int headingLevel) {
    }

    private record Found(String text, double top, double size, int headingLevel) {
    }

    private static final int SHORT_LINE = 150;

    private PdfLines() {
    }

    static List<Line> outside(Page page, List<? extends java.awt.geom.Rectangle2D> tables) {
        List<TextElement> outside = new ArrayList<>();
        for (TextElement element : page.getText()) {
            if (tables.stream().noneMatch(t -> t.contains(element.getCenterX(), element.getCenterY()))) {
                outside.add(element);
            }
        }
        List<Found> lines = new ArrayList<>();
        for (technology.tabula.Line found : TextChunk.groupByLines(TextElement.mergeWords(outside))) {
            StringBuilder text = new StringBuilder();
            boolean bold = true;
            double size = 0;
            for (TextChunk chunk : found.getTextElements()) {
                text.append(chunk.getText());
                for (TextElement element : chunk.getTextElements()) {
                    bold &= element.getText().isBlank() || isBold(element);
                    size = Math.max(size, element.getFontSize());
                }
            }
            String line = text.toString().replaceAll("\\s+", " ").strip();
            if (line.isEmpty()) {
                continue;
            }
            Found previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            int level = bold && line.length() <= SHORT_LINE ? 9 : 0;
            if (previous != null && level == previous.headingLevel() && !previous.text().matches(".*[.;:?!]$")
                    && continues(previous, found, size)) {
                lines.set(lines.size() - 1, new Found(previous.text() + " " + line, found.getTop(), previous.size(), level));
            } else {
                lines.add(new Found(line, found.getTop(), size, level));
            }
        }
        return lines.stream().map(f -> new Line(f.text(), f.top(), f.headingLevel())).toList();
    }

    /** A heading or sentence wrapped onto the next line: the same size of type, the next line straight below. */
    private static boolean continues(Found previous, technology.tabula.Line next, double size) {
        boolean sameSize = size > 0 && Math.abs(size - previous.size()) <= 0.1 * previous.size();
        return sameSize && next.getTop() - previous.top() <= 1.6 * size;
    }

    /** How many visible characters the page's text layer holds. */
    static int characters(Page page) {
        int n = 0;
        for (TextElement element : page.getText()) {
            n += element.getText().isBlank() ? 0 : element.getText().length();
        }
        return n;
    }

    private static boolean isBold(TextElement element) {
        return element.getFont() != null && element.getFont().getName() != null
                && element.getFont().getName().toLowerCase(Locale.ROOT).contains("bold");
    }
}
