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
 * columns. Every word goes to the column it stands in; where rows start is read from the words
 * too (see {@link #rows}), and a line across the table between rows is a heading row. A cell's
 * lines are joined into paragraphs by {@link PdfParagraphs}, a gap wider than the table's usual
 * line spacing parting them. When another line between the table's
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
        boolean guessed = region.stream().anyMatch(l -> crosses(l, columns) && !banner(l, columns));
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
        return column((word.getLeft() + word.getRight()) / 2, columns);
    }

    private static int column(double centre, List<double[]> columns) {
        for (int c = columns.size() - 1; c > 0; c--) {
            if (centre >= (columns.get(c - 1)[1] + columns.get(c)[0]) / 2) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The table's rows. Without ruling lines a row's start is read from its words: the number
     * column starting again (not a wrapped "No."), a line that is a heading across the table (a
     * banner), or cells starting together. A cell starts again where its column had words in
     * the row, had none on the line above and has words now (a short Lead or RAG cell ended and
     * the next row's begins), or where the line above ended it (a full stop, a RAG word or a
     * date) and a capital or a figure begins the next. Two such cells on one line start a row;
     * so does one cell starting again beside one that ended. A cell still running into a new row
     * (a recommendation merged down over several action rows) keeps its words in the row it
     * started in, so the rows below have that cell empty, as in pasted text.
     */
    private static List<SourceRow> rows(List<Line> region, List<double[]> columns) {
        record Piece(String text, double top, double height) {
        }
        int width = columns.size();
        List<List<List<Piece>>> rows = new ArrayList<>();
        double[] pitches = new double[Math.max(1, region.size() - 1)];
        for (int i = 1; i < region.size(); i++) {
            pitches[i - 1] = region.get(i).top() - region.get(i - 1).top();
        }
        java.util.Arrays.sort(pitches);
        double lineHeight = pitches[pitches.length / 2] / 1.2;
        String[] above = new String[width];
        boolean[] inRow = new boolean[width];
        int[] owner = new int[width];
        boolean firstColumnAbove = false;
        boolean bannerAbove = false;
        for (Line line : region) {
            List<StringBuilder> texts = new ArrayList<>();
            columns.forEach(c -> texts.add(new StringBuilder()));
            boolean banner = banner(line, columns);
            for (TextChunk word : line.chunks()) {
                StringBuilder cell = texts.get(banner ? column(line.chunks().get(0).getLeft(), columns) : column(word, columns));
                cell.append(cell.isEmpty() ? "" : " ").append(word.getText().strip());
            }
            long filled = texts.stream().filter(t -> !t.isEmpty()).count();
            boolean firstColumn = !texts.get(0).isEmpty();
            boolean bannerGoesOn = bannerAbove && !banner && segments(line).size() == 1 && filled == 1
                    && (firstColumn || !texts.get(1).isEmpty());
            boolean start;
            if (rows.isEmpty() || banner || bannerAbove && !bannerGoesOn) {
                start = true;
            } else if (bannerGoesOn) {
                start = false;
            } else if (firstColumn && (!firstColumnAbove || 2 * filled > width && !CellBreak.wraps(above[0], texts.get(0).toString()))) {
                start = true;
            } else {
                int again = 0;
                int ended = 0;
                for (int c = 1; c < width; c++) {
                    if (texts.get(c).isEmpty()) {
                        continue;
                    }
                    if (above[c] == null) {
                        again += inRow[c] ? 1 : 0;
                    } else if (CellBreak.ends(above[c], texts.get(c).toString())) {
                        ended++;
                    }
                }
                start = again >= 2 || again >= 1 && ended >= 1 || ended >= 3;
            }
            if (start) {
                List<List<Piece>> row = new ArrayList<>();
                columns.forEach(c -> row.add(new ArrayList<>()));
                rows.add(row);
                for (int c = 0; c < width; c++) {
                    boolean runsOn = !banner && above[c] != null && !texts.get(c).isEmpty()
                            && CellBreak.runsOn(above[c], texts.get(c).toString());
                    inRow[c] = !texts.get(c).isEmpty() && !runsOn;
                    if (!runsOn) {
                        owner[c] = rows.size() - 1;
                    }
                }
            } else {
                for (int c = 0; c < width; c++) {
                    if (!texts.get(c).isEmpty()) {
                        if (above[c] == null) {
                            owner[c] = rows.size() - 1;
                        }
                        inRow[c] |= owner[c] == rows.size() - 1;
                    }
                }
            }
            for (int c = 0; c < width; c++) {
                String text = texts.get(c).toString().replaceAll("\\s+", " ");
                above[c] = text.isEmpty() ? null : text;
                if (!text.isEmpty()) {
                    rows.get(owner[c]).get(c).add(new Piece(text, line.top(), Math.max(line.height(), lineHeight)));
                }
            }
            firstColumnAbove = firstColumn;
            bannerAbove = banner || bannerGoesOn;
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

    /**
     * A heading across the table: the line's words are one group, starting in the first or
     * second column and running over the gap after it ("Priority 2: Timeliness of plans").
     */
    private static boolean banner(Line line, List<double[]> columns) {
        List<double[]> segments = segments(line);
        if (segments.size() != 1 || columns.size() < 3) {
            return false;
        }
        double[] words = segments.get(0);
        return words[0] < columns.get(2)[0] && crosses(line, columns);
    }
}
