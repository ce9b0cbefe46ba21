package org.oversight.importing.formats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.importing.SourceCell;
import org.oversight.importing.SourceRow;
import org.oversight.importing.SourceTable;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Tables on a PDF page: ruled tables (tabula's lattice method). Tables laid out without rules
 * are read by {@link PdfUnruled} from where their words stand, not by tabula's detector:
 * tabula 1.0.5, the last release on Maven Central, is built for PDFBox 2, and its detector
 * renders the page as a picture and then fails on a method PDFBox 3 removed.
 * <p>
 * The grid is rebuilt from the ruled boxes themselves, not from tabula's rows: a box's left
 * and top edges say which grid column and row it starts in, its right and bottom edges how many
 * it spans. tabula numbers the boxes of a row one after another, so a row whose first cells
 * are covered by a box merged down from above would slide its cells to the left; on the grid
 * such a position is a {@code continuesAbove} cell carrying the merged box's text, and a box
 * spanning columns is followed by blank cells. A box's shading, where {@link PdfFills} finds
 * one, is its fill. A cell's lines are joined into paragraphs by {@link PdfParagraphs}.
 */
final class PdfTables {
    private static final double SAME = 2.0;

    private PdfTables() {
    }

    static List<Table> find(Page page) {
        List<Table> ruled = new ArrayList<>();
        for (Table table : new SpreadsheetExtractionAlgorithm().extract(page)) {
            // a ruled row of three or more boxes is a table too (a legend's key: "Complete | On track | Off track")
            if (table.getRowCount() > 1 && table.getColCount() > 1 || table.getRowCount() == 1 && table.getColCount() >= 3) {
                ruled.add(table);
            }
        }
        return ruled;
    }

    static SourceTable source(Table table, String location, PdfFills fills) {
        Set<Cell> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Cell> boxes = new ArrayList<>();
        for (List<RectangularTextContainer> row : table.getRows()) {
            for (RectangularTextContainer<?> cell : row) {
                if (cell instanceof Cell box && seen.add(box)) {
                    boxes.add(box);
                }
            }
        }
        List<Double> lefts = edges(boxes.stream().map(b -> (double) b.getLeft()).toList());
        List<Double> tops = edges(boxes.stream().map(b -> (double) b.getTop()).toList());
        SourceCell[][] grid = new SourceCell[tops.size()][lefts.size()];
        Map<Cell, String> fill = new IdentityHashMap<>();
        for (Cell box : boxes) {
            int r = index(tops, box.getTop());
            int c = index(lefts, box.getLeft());
            int rows = Math.max(1, count(tops, box.getTop(), box.getBottom()));
            int columns = Math.max(1, count(lefts, box.getLeft(), box.getRight()));
            fill.put(box, fills.fillOf(box.getLeft(), box.getTop(), box.getRight(), box.getBottom()));
            List<String> paragraphs = paragraphs(box);
            for (int i = r; i < Math.min(tops.size(), r + rows); i++) {
                for (int j = c; j < Math.min(lefts.size(), c + columns); j++) {
                    boolean origin = i == r && j == c;
                    grid[i][j] = origin ? new SourceCell(paragraphs, false, fill.get(box))
                            : j == c ? new SourceCell(paragraphs, true, fill.get(box)) : new SourceCell(List.of(), i > r);
                }
            }
        }
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < grid.length; i++) {
            List<SourceCell> cells = new ArrayList<>();
            for (SourceCell cell : grid[i]) {
                cells.add(cell == null ? new SourceCell(List.of(), false) : cell);
            }
            SourceRow read = new SourceRow(i + 1, cells);
            if (!read.isBlank()) {
                rows.add(read);
            }
        }
        return new SourceTable(location, rows);
    }

    /** The box's lines, top to bottom, joined into paragraphs where the text says so or a gap parts them. */
    private static List<String> paragraphs(Cell box) {
        List<technology.tabula.TextChunk> chunks = new ArrayList<>(box.getTextElements());
        chunks.sort(java.util.Comparator.comparingDouble(technology.tabula.TextChunk::getTop)
                .thenComparingDouble(technology.tabula.TextChunk::getLeft));
        List<StringBuilder> lines = new ArrayList<>();
        List<double[]> spans = new ArrayList<>();
        for (technology.tabula.TextChunk chunk : chunks) {
            double[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last == null || chunk.getTop() > last[0] + chunk.getHeight() / 2) {
                lines.add(new StringBuilder());
                spans.add(new double[] {chunk.getTop(), chunk.getHeight()});
            }
            lines.get(lines.size() - 1).append(chunk.getText());
        }
        return PdfParagraphs.of(lines.stream().map(StringBuilder::toString).toList(), spans.stream().map(s -> s[0]).toList(),
                spans.stream().map(s -> s[1]).toList());
    }

    /** The distinct positions, those within {@link #SAME} points of each other taken as one. */
    private static List<Double> edges(List<Double> positions) {
        List<Double> sorted = positions.stream().sorted().toList();
        List<Double> edges = new ArrayList<>();
        for (double p : sorted) {
            if (edges.isEmpty() || p - edges.get(edges.size() - 1) > SAME) {
                edges.add(p);
            }
        }
        return edges;
    }

    private static int index(List<Double> edges, double position) {
        for (int i = edges.size() - 1; i >= 0; i--) {
            if (position >= edges.get(i) - SAME) {
                return i;
            }
        }
        return 0;
    }

    /** How many of the edges lie in [from, to), that is how many grid rows or columns a box covers. */
    private static int count(List<Double> edges, double from, double to) {
        return (int) edges.stream().filter(e -> e >= from - SAME && e < to - SAME).count();
    }
}
