package org.oversight.importing.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.oversight.importing.ImportRefused;
import org.oversight.importing.SourceCell;
import org.oversight.importing.SourceRow;
import org.oversight.importing.SourceTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects one sheet's cells as the streaming parser finds them, and its merged regions. In a
 * merged region the top-left cell keeps the text; cells below it in its first column are marked
 * {@code continuesAbove} and carry that text; other covered cells are blank. A cell's solid
 * fill colour (given the workbook's styles) is kept as its shading. Blank rows are
 * dropped; row numbers are Excel's.
 */
class SheetRows implements SheetContentsHandler {
    private static final int MAX_MERGES = 5_000;
    private final TreeMap<Integer, TreeMap<Integer, String>> values = new TreeMap<>();
    private final List<CellRangeAddress> merges = new ArrayList<>();
    private final int maxCells;
    private int row;
    private int nextColumn;
    private int width;
    private int count;

    private final Map<Long, String> fills = new java.util.HashMap<>();
    private final org.apache.poi.xssf.model.StylesTable styles;

    SheetRows(int maxCells) {
        this(maxCells, null);
    }

    /** With the workbook's styles, so that a cell's solid fill colour is kept as its shading. */
    SheetRows(int maxCells, org.apache.poi.xssf.model.StylesTable styles) {
        this.maxCells = maxCells;
        this.styles = styles;
    }

    /** A content handler that passes everything to the parser's handler and notes merged regions. */
    DefaultHandler watching(DefaultHandler cells) {
        return new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String name, Attributes attributes) throws SAXException {
                if ("mergeCell".equals(local) && attributes.getValue("ref") != null && merges.size() < MAX_MERGES) {
                    merge(attributes.getValue("ref"));
                }
                if ("c".equals(local) && styles != null && attributes.getValue("s") != null && attributes.getValue("r") != null
                        && fills.size() < maxCells) {
                    fill(attributes.getValue("r"), attributes.getValue("s"));
                }
                cells.startElement(uri, local, name, attributes);
            }

            @Override
            public void endElement(String uri, String local, String name) throws SAXException {
                cells.endElement(uri, local, name);
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                cells.characters(ch, start, length);
            }
        };
    }

    /** Notes the solid fill colour of the cell's style, if it has one that is a plain colour. */
    private void fill(String ref, String styleIndex) {
        try {
            var style = styles.getStyleAt(Integer.parseInt(styleIndex));
            if (style == null || style.getFillPattern() != org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND) {
                return;
            }
            var colour = style.getFillForegroundColorColor();
            byte[] rgb = colour == null ? null : colour.getRGBWithTint();
            if (rgb != null && rgb.length == 3) {
                CellReference cell = new CellReference(ref);
                fills.put(key(cell.getRow(), cell.getCol()), String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]));
            }
        } catch (RuntimeException ignored) {
            // a damaged style or reference leaves the cell unshaded
        }
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }

    private void merge(String ref) {
        try {
            merges.add(CellRangeAddress.valueOf(ref));
        } catch (RuntimeException ignored) {
            // a damaged merge reference leaves the cells unmerged
        }
    }

    @Override
    public void startRow(int rowNum) {
        row = rowNum;
        nextColumn = 0;
    }

    @Override
    public void endRow(int rowNum) {
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = reference == null ? nextColumn : new CellReference(reference).getCol();
        nextColumn = column + 1;
        if (value == null || value.isBlank() || column < 0) {
            return;
        }
        width = Math.max(width, column + 1);
        values.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value);
        if (++count > maxCells || (long) values.size() * width > maxCells) {
            throw new ImportRefused("This workbook has more than " + maxCells + " cells, more than Oversight reads.");
        }
    }

    int cellCount() {
        return values.size() * width;
    }

    SourceTable table(String location) {
        List<SourceRow> rows = new ArrayList<>();
        for (Map.Entry<Integer, TreeMap<Integer, String>> entry : values.entrySet()) {
            List<SourceCell> cells = new ArrayList<>(width);
            for (int column = 0; column < width; column++) {
                cells.add(cell(entry.getKey(), column));
            }
            SourceRow read = new SourceRow(entry.getKey() + 1, cells);
            if (!read.isBlank()) {
                rows.add(read);
            }
        }
        return new SourceTable(location, rows);
    }

    private SourceCell cell(int r, int c) {
        for (CellRangeAddress merge : merges) {
            if (merge.isInRange(r, c) && !(r == merge.getFirstRow() && c == merge.getFirstColumn())) {
                if (c == merge.getFirstColumn()) {
                    return new SourceCell(paragraphs(merge.getFirstRow(), c), true);
                }
                return new SourceCell(List.of(), false);
            }
        }
        return new SourceCell(paragraphs(r, c), false, fills.get(key(r, c)));
    }

    private List<String> paragraphs(int r, int c) {
        String value = values.getOrDefault(r, new TreeMap<>()).get(c);
        return value == null ? List.of() : List.of(value.split("\\R"));
    }
}
