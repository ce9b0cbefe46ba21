package org.oversight.importing;

import java.util.List;

/**
 * One cell: its paragraphs in order (a Word cell with several paragraphs, a pasted cell with
 * {@code <p>} marks, an Excel cell with line breaks). {@code continuesAbove} is true when the
 * source says the cell is merged with the one above (Word vertical merge, Excel merged region).
 */
public record SourceCell(List<String> paragraphs, boolean continuesAbove) {
    public SourceCell {
        paragraphs = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
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
