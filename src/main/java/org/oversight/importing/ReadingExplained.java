package org.oversight.importing;

import java.util.List;

/**
 * How a document was read, for {@code oversight import plan FILE --explain}: each table's grid
 * as the format reader found it (rows, columns, cells merged with the one above marked "^",
 * shading as "#RRGGBB"), then why each row became what it became, the warnings, and what was read.
 */
final class ReadingExplained {
    private static final int CELL = 28;

    private ReadingExplained() {
    }

    static String of(SourceDocument document, PlanReading reading) {
        StringBuilder s = new StringBuilder("How " + document.name() + " was read\n\n");
        for (SourceTable table : document.tables()) {
            int columns = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
            s.append("Grid of ").append(table.location()).append(": ").append(table.rows().size()).append(" rows, ")
                    .append(columns).append(" columns (^ merged with the cell above, #RRGGBB shading, ¶ a new paragraph)\n");
            for (SourceRow row : table.rows()) {
                s.append(String.format("  row %3d", row.number()));
                for (SourceCell cell : row.cells()) {
                    s.append(" | ").append(cell(cell));
                }
                s.append('\n');
            }
            s.append('\n');
        }
        s.append("Why each row became what it became\n");
        reading.explanations().forEach(e -> s.append("  ").append(e).append('\n'));
        s.append("\nWarnings\n");
        if (reading.warnings().isEmpty()) {
            s.append("  none\n");
        }
        reading.warnings().forEach(w -> s.append("  ").append(w.code()).append(" ").append(w.entry().message()).append('\n'));
        s.append("\nRead ").append(reading.plan().recommendations().size()).append(" recommendations and ")
                .append(reading.plan().actionCount()).append(" actions\n");
        List<org.oversight.plan.PlanExchange.RecommendationEntry> recs = reading.plan().recommendations();
        recs.forEach(r -> s.append("  ").append(r.number()).append(": ").append(r.actions().size()).append(" action")
                .append(r.actions().size() == 1 ? "" : "s").append('\n'));
        return s.toString().strip();
    }

    private static String cell(SourceCell cell) {
        String text = String.join(" ¶ ", cell.paragraphs());
        text = text.length() > CELL ? text.substring(0, CELL - 1) + "…" : text;
        return (cell.continuesAbove() ? "^" : "") + text + (cell.fill() == null ? "" : " #" + cell.fill());
    }
}
