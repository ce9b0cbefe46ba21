package org.oversight.importing.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.oversight.importing.SourceCell;
import org.oversight.importing.SourceRow;
import org.oversight.importing.SourceTable;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.TextChunk;
import technology.tabula.TextElement;

/**
 * A table laid out without rules on a PDF page (a Word table with its borders turned off), read
 * from where its words stand. Lines whose words fall into three or more groups parted by wide
 * gaps are the table's lines; the gaps no such line's words cross are the gutters between
 * columns. Every word goes to the column it stands in; a row starts where the first column has
 * words again, unless those words only wrap the line above (a narrow "No." column). A cell's
 * lines are joined into paragraphs by {@link PdfParagraphs}, a gap wider than the table's usual
 * line spacing parting them. When a line between the table's
 * first and last lines crosses a gutter the columns are a guess, and the table says so, to be
 * warned {@code UNRULED_TABLE_GUESSED} with its page.
 */
final class PdfUnruled {
    /** The table found and the area of the page it covers, whose text is not read again as lines. */
    record Found(SourceTable table, Rectangle area) {
    }

    private static final int MIN_COLUMNS = 3;
    private static final int MIN_LINES = 3;

    private record Line(double top, double height, List<TextChunk> chunks) {
    }

    private PdfUnruled() {
    }

    static Optional<Found> find(Page page, String location) {
        List<Line> lines = new ArrayList<>();
        for (technology.tabula.Line line : TextChunk.groupByLines(TextElement.mergeWords(page.getText()))) {
            List<TextChunk> words = line.getTextElements().stream().filter(c -> !c.getText().isBlank())
                    .sorted(Comparator.comparingDouble(TextChunk::getLeft)).toList();
            if (!words.isEmpty()) {
                double height = words.stream().mapToDouble(TextChunk::getHeight).max().orElse(0);
                lines.add(new Line(line.getTop(), height, words));
            }
        }
        lines.sort(Comparator.comparingDouble(Line::top));
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (segments(lines.get(i)).size() >= MIN_COLUMNS) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        List<double[]> columns = columns(lines.subList(first, last + 1));
        long seeds = lines.subList(first, last + 1).stream().filter(l -> segments(l).size() >= MIN_COLUMNS).count();
        if (columns.size() < MIN_COLUMNS || seeds < MIN_LINES) {
            return Optional.empty();
        }
        while (last + 1 < lines.size() && close(lines.get(last), lines.get(last + 1)) && !crosses(lines.get(last + 1), columns)) {
            last++;
        }
        List<Line> region = lines.subList(first, last + 1);
        boolean guessed = region.stream().anyMatch(l -> crosses(l, columns));
        SourceTable table = new SourceTable(location, rows(region, columns), guessed
                ? "Found a table without ruling lines and guessed its columns: some lines run across the gaps between"
                        + " columns; check which column each value was read from" : null);
        double left = columns.get(0)[0];
        double right = columns.get(columns.size() - 1)[1];
        double top = region.get(0).top();
        Line end = region.get(region.size() - 1);
        return Optional.of(new Found(table, new Rectangle((float) top, (float) left, (float) (right - left),
                (float) (end.top() + end.height() - top + 1))));
    }

    /** The line's words in groups parted by gaps wider than most of a line's height: the cells it has words in. */
    private static List<double[]> segments(Line line) {
        List<double[]> segments = new ArrayList<>();
        double gap = Math.max(4, 0.6 * line.height());
        for (TextChunk word : line.chunks()) {
            double[] last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (last != null && word.getLeft() - last[1] <= gap) {
                last[1] = Math.max(last[1], word.getRight());
            } else {
                segments.add(new double[] {word.getLeft(), word.getRight()});
            }
        }
        return segments;
    }

    /** The columns: the spans covered by the words of the lines with many cells, parted where none of them has words. */
    private static List<double[]> columns(List<Line> lines) {
        List<double[]> spans = new ArrayList<>();
        lines.stream().filter(l -> segments(l).size() >= MIN_COLUMNS).forEach(l -> spans.addAll(segments(l)));
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> columns = new ArrayList<>();
        for (double[] span : spans) {
            double[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && span[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                columns.add(new double[] {span[0], span[1]});
            }
        }
        return columns;
    }

    private static boolean crosses(Line line, List<double[]> columns) {
        for (double[] segment : segments(line)) {
            for (int c = 1; c < columns.size(); c++) {
                double gutterLeft = columns.get(c - 1)[1];
                double gutterRight = columns.get(c)[0];
                if (segment[0] < gutterLeft && segment[1] > gutterRight) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(Line above, Line below) {
        return below.top() - above.top() <= 1.6 * Math.max(above.height(), below.height());
    }

    private static int column(TextChunk word, List<double[]> columns) {
        double centre = (word.getLeft() + word.getRight()) / 2;
        for (int c = columns.size() - 1; c > 0; c--) {
            if (centre >= (columns.get(c - 1)[1] + columns.get(c)[0]) / 2) {
                return c;
            }
        }
        return 0;
    }

    private static List<SourceRow> rows(List<Line> region, List<double[]> columns) {
        record Piece(String text, double top, double height) {
        }
        List<List<List<Piece>>> rows = new ArrayList<>();
        boolean firstColumnAbove = false;
        double[] pitches = new double[Math.max(1, region.size() - 1)];
        for (int i = 1; i < region.size(); i++) {
            pitches[i - 1] = region.get(i).top() - region.get(i - 1).top();
        }
        java.util.Arrays.sort(pitches);
        double lineHeight = pitches[pitches.length / 2] / 1.2;
        for (Line line : region) {
            List<StringBuilder> texts = new ArrayList<>();
            columns.forEach(c -> texts.add(new StringBuilder()));
            for (TextChunk word : line.chunks()) {
                StringBuilder cell = texts.get(column(word, columns));
                cell.append(cell.isEmpty() ? "" : " ").append(word.getText().strip());
            }
            long filled = texts.stream().filter(t -> !t.isEmpty()).count();
            boolean firstColumn = !texts.get(0).isEmpty();
            if (rows.isEmpty() || firstColumn && (!firstColumnAbove || 2 * filled > columns.size())) {
                List<List<Piece>> row = new ArrayList<>();
                columns.forEach(c -> row.add(new ArrayList<>()));
                rows.add(row);
            }
            firstColumnAbove = firstColumn;
            List<List<Piece>> row = rows.get(rows.size() - 1);
            for (int c = 0; c < texts.size(); c++) {
                if (!texts.get(c).isEmpty()) {
                    row.get(c).add(new Piece(texts.get(c).toString().replaceAll("\\s+", " "), line.top(),
                            Math.max(line.height(), lineHeight)));
                }
            }
        }
        List<SourceRow> read = new ArrayList<>();
        for (List<List<Piece>> row : rows) {
            List<SourceCell> cells = new ArrayList<>();
            for (List<Piece> cell : row) {
                cells.add(new SourceCell(PdfParagraphs.of(cell.stream().map(Piece::text).toList(),
                        cell.stream().map(Piece::top).toList(), cell.stream().map(Piece::height).toList()), false));
            }
            read.add(new SourceRow(read.size() + 1, cells));
        }
        return read;
    }
}
