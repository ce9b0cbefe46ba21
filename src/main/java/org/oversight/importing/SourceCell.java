package org.oversight.importing;

import java.util.List;

/**
 * One cell of the grid every format becomes: its paragraphs in order (a Word cell with several
 * paragraphs, a pasted cell with {@code <p>} marks, an Excel cell with line breaks).
 * {@code continuesAbove} is true when the source says the cell is merged with the one above
 * (Word vertical merge, Excel merged region, a PDF cell whose ruled box spans rows); such a
 * cell carries the text of the cell that starts the merge. {@code fill} is the cell's shading
 * as six hex digits ("FF0000"), or null where the cell is not shaded or the format cannot say.
 */
public record SourceCell(List<String> paragraphs, boolean continuesAbove, String fill) {
    public SourceCell {
        paragraphs = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        fill = fill == null || fill.isBlank() || fill.equalsIgnoreCase("auto") ? null : fill.toUpperCase(java.util.Locale.ROOT);
    }

    public SourceCell(List<String> paragraphs, boolean continuesAbove) {
        this(paragraphs, continuesAbove, null);
    }

    public static SourceCell of(String... paragraphs) {
        return new SourceCell(List.of(paragraphs), false);
    }

    public String text() {
        return String.join("\n", paragraphs);
    }

    public boolean isBlank() {
        return paragraphs.isEmpty();
    }
}
