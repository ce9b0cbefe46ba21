package org.oversight.importing.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.importing.SourceCell;
import org.oversight.importing.SourceRow;
import org.oversight.importing.SourceTable;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Tables on a PDF page: ruled tables (tabula's lattice method). Tables laid out without rules
 * are not looked for: tabula 1.0.5, the last release on Maven Central, is built for PDFBox 2,
 * and its detector renders the page as a picture and then fails on a method PDFBox 3 removed,
 * so it cost seconds a page and found nothing; such a page gives its text only. A ruled cell
 * that spans rows leaves empty positions below it; those become {@code continuesAbove}
 * cells carrying its text. A cell's lines are joined into paragraphs by {@link PdfParagraphs}.
 */
final class PdfTables {
    private PdfTables() {
    }

    static List<Table> find(Page page) {
        List<Table> ruled = new ArrayList<>();
        for (Table table : new SpreadsheetExtractionAlgorithm().extract(page)) {
            if (table.getRowCount() > 1 && table.getColCount() > 1) {
                ruled.add(table);
            }
        }
        return ruled;
    }

    static SourceTable source(Table table, String location) {
        List<SourceRow> rows = new ArrayList<>();
        List<List<RectangularTextContainer>> found = table.getRows();
        Map<Integer, RectangularTextContainer<?>> lastCells = new HashMap<>();
        for (int r = 0; r < found.size(); r++) {
            List<RectangularTextContainer> row = found.get(r);
            double top = row.stream().filter(Cell.class::isInstance).mapToDouble(Rectangle::getTop).min().orElse(Double.MAX_VALUE);
            List<SourceCell> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                RectangularTextContainer<?> cell = row.get(c);
                RectangularTextContainer<?> above = lastCells.get(c);
                if (cell.getText().isBlank() && above instanceof Cell && above != cell && above.getBottom() > top + 1) {
                    cells.add(new SourceCell(PdfParagraphs.of(above.getText()), true));
                } else {
                    cells.add(new SourceCell(PdfParagraphs.of(cell.getText()), false));
                    if (cell instanceof Cell && !cell.getText().isBlank()) {
                        lastCells.put(c, cell);
                    }
                }
            }
            SourceRow read = new SourceRow(r + 1, cells);
            if (!read.isBlank()) {
                rows.add(read);
            }
        }
        return new SourceTable(location, rows);
    }
}
