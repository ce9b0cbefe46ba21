package org.oversight.importing.formats;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import technology.tabula.Table;

/**
 * The lines of text on one PDF page that lie outside its tables, each with its distance from
 * the top of the page. A short line set wholly in a bold font counts as a level 9 heading.
 */
final class PdfLines extends PDFTextStripper {
    record Line(String text, double top, int headingLevel) {
    }

    private static final int SHORT_LINE = 150;
    private final List<Table> tables;
    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private double top = -1;
    private boolean bold = true;

    private PdfLines(List<Table> tables) {
        this.tables = tables;
    }

    static List<Line> outside(PDDocument pdf, int page, List<Table> tables) throws IOException {
        PdfLines stripper = new PdfLines(tables);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.setSortByPosition(true);
        stripper.writeText(pdf, new StringWriter());
        stripper.endLine();
        return stripper.lines;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        float x = text.getXDirAdj() + text.getWidthDirAdj() / 2;
        float y = text.getYDirAdj() - text.getHeightDir() / 2;
        for (Table table : tables) {
            if (table.contains(x, y)) {
                return;
            }
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (top < 0 && !positions.isEmpty()) {
            top = positions.get(0).getYDirAdj();
        }
        for (TextPosition position : positions) {
            String font = position.getFont() == null || position.getFont().getName() == null ? ""
                    : position.getFont().getName().toLowerCase(java.util.Locale.ROOT);
            bold &= font.contains("bold") || position.getUnicode() == null || position.getUnicode().isBlank();
        }
        current.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        current.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            lines.add(new Line(text, top, bold && text.length() <= SHORT_LINE ? 9 : 0));
        }
        current.setLength(0);
        top = -1;
        bold = true;
    }
}
