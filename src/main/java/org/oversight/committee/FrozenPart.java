package org.oversight.committee;

import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * A live part of a report as it stood when the report was published: its caption, column
 * headings and rows of cells, kept so that later changes to the plan leave the report as issued.
 */
@Embeddable
public class FrozenPart {
    private static final String CELL = "\t";
    private static final String ROW = "\n";
    private String caption;
    private String header;
    private String body;

    protected FrozenPart() {
    }

    FrozenPart(LiveParts.Table table) {
        this.caption = table.caption();
        this.header = String.join(CELL, table.header().stream().map(FrozenPart::clean).toList());
        this.body = String.join(ROW, table.rows().stream().map(r -> String.join(CELL, r.stream().map(FrozenPart::clean).toList())).toList());
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.replace(CELL, " ").replace(ROW, " ").replace("\r", " ");
    }

    LiveParts.Table table() {
        List<List<String>> rows = body == null || body.isEmpty() ? List.of()
                : Arrays.stream(body.split(ROW, -1)).map(r -> List.of(r.split(CELL, -1))).toList();
        return new LiveParts.Table(caption, List.of(header.split(CELL, -1)), rows);
    }
}
