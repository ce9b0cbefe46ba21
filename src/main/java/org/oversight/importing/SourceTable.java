package org.oversight.importing;

import java.util.List;

/**
 * A table as found: rows of cells, each cell holding its paragraphs. {@code location} names
 * the table for warnings ("table 2", "sheet Actions", "page 4"). {@code doubt}, when not null,
 * says why the format reader is unsure it found the table's columns (a PDF table without ruling
 * lines whose columns were guessed), warned {@code UNRULED_TABLE_GUESSED}.
 */
public record SourceTable(String location, List<SourceRow> rows, String doubt) implements SourceBlock {
    public SourceTable {
        rows = List.copyOf(rows);
    }

    public SourceTable(String location, List<SourceRow> rows) {
        this(location, rows, null);
    }
}
