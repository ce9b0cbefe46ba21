package org.oversight.importing;

import java.util.List;

/**
 * A table as found: rows of cells, each cell holding its paragraphs. {@code location} names
 * the table for warnings ("table 2", "sheet Actions", "page 4").
 */
public record SourceTable(String location, List<SourceRow> rows) implements SourceBlock {
    public SourceTable {
        rows = List.copyOf(rows);
    }
}
