package org.oversight.importing.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import technology.tabula.Line;
import technology.tabula.Page;
import technology.tabula.Table;
import technology.tabula.TextChunk;
import technology.tabula.TextElement;

/**
 * The lines of text on one PDF page that lie outside its tables, each with its distance from
 * the top of the page. A short line set wholly in a bold font counts as a level 9 heading.
 * Built from the text tabula already took from the page, so the page is not parsed again.
 */
final class PdfLines {
    record Line(String text, double top, int headingLevel) {
    }

    private static final int SHORT_LINE = 150;

    private PdfLines() {
    }

    static List<Line> outside(Page page, List<Table> tables) {
        List<TextElement> outside = new ArrayList<>();
        for (TextElement element : page.getText()) {
            if (tables.stream().noneMatch(t -> t.contains(element.getCenterX(), element.getCenterY()))) {
                outside.add(element);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (technology.tabula.Line found : TextChunk.groupByLines(TextElement.mergeWords(outside))) {
            StringBuilder text = new StringBuilder();
            boolean bold = true;
            for (TextChunk chunk : found.getTextElements()) {
                text.append(chunk.getText());
                for (TextElement element : chunk.getTextElements()) {
                    bold &= element.getText().isBlank() || isBold(element);
                }
            }
            String line = text.toString().replaceAll("\\s+", " ").strip();
            if (!line.isEmpty()) {
                lines.add(new Line(line, found.getTop(), bold && line.length() <= SHORT_LINE ? 9 : 0));
            }
        }
        return lines;
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
