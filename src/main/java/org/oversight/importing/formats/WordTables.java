package org.oversight.importing.formats;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.oversight.importing.SourceCell;
import org.oversight.importing.SourceRow;
import org.oversight.importing.SourceTable;

/**
 * A Word table as rows of cells on the table's grid. A cell spanning several grid columns
 * (gridSpan) is followed by blank cells for the columns it covers, so columns stay aligned
 * with the header. A cell that continues a vertical merge is marked {@code continuesAbove}
 * and carries the text of the cell that starts the merge. Header rows are kept as ordinary
 * rows, whether marked to repeat on each page or typed again after a page break. A table
 * nested in a cell becomes paragraphs of that cell, one per nested row, its cells joined by " | ".
 * A cell's shading ({@code w:shd} fill) is kept as its fill colour.
 */
final class WordTables {
    private static final SourceCell BLANK = new SourceCell(List.of(), false);
    private static final int MAX_SPAN = 64;

    private WordTables() {
    }

    static SourceTable read(XWPFTable table, String location) {
        List<SourceRow> rows = new ArrayList<>();
        Map<Integer, SourceCell> mergeStarts = new HashMap<>();
        int number = 0;
        for (XWPFTableRow row : table.getRows()) {
            number++;
            List<SourceCell> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                String fill = cell.getColor();
                SourceCell read = new SourceCell(paragraphs(cell, 0), false, fill);
                if (properties != null && properties.isSetVMerge()) {
                    STMerge.Enum merge = properties.getVMerge().getVal();
                    if (merge == null || merge == STMerge.CONTINUE) {
                        SourceCell start = mergeStarts.get(column);
                        read = new SourceCell(start == null ? read.paragraphs() : start.paragraphs(), true,
                                fill != null || start == null ? fill : start.fill());
                    } else {
                        mergeStarts.put(column, read);
                    }
                } else {
                    mergeStarts.remove(column);
                }
                cells.add(read);
                int span = span(properties);
                for (int i = 1; i < span; i++) {
                    cells.add(BLANK);
                }
                column += span;
            }
            rows.add(new SourceRow(number, cells));
        }
        return new SourceTable(location, rows);
    }

    private static int span(CTTcPr properties) {
        if (properties == null || !properties.isSetGridSpan() || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return Math.max(1, Math.min(MAX_SPAN, span.intValue()));
    }

    private static List<String> paragraphs(XWPFTableCell cell, int depth) {
        List<String> paragraphs = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.addAll(lines(paragraph));
            } else if (element instanceof XWPFTable nested && depth < 8) {
                for (XWPFTableRow row : nested.getRows()) {
                    paragraphs.add(row.getTableCells().stream()
                            .map(c -> String.join(" ", paragraphs(c, depth + 1)))
                            .filter(text -> !text.isBlank())
                            .collect(Collectors.joining(" | ")));
                }
            }
        }
        return paragraphs;
    }

    /** A paragraph's text, split at manual line breaks. */
    static List<String> lines(XWPFParagraph paragraph) {
        return Arrays.stream(paragraph.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
