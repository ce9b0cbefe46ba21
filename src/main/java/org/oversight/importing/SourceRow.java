package org.oversight.importing;

import java.util.List;

/** One row of a source table; {@code number} is its row number in the source (1-based). */
public record SourceRow(int number, List<SourceCell> cells) {
    public SourceRow {
        cells = List.copyOf(cells);
    }

    public boolean isBlank() {
        return cells.stream().allMatch(SourceCell::isBlank);
    }
}
