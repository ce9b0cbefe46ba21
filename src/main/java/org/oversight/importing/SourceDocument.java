package org.oversight.importing;

import java.util.List;

/**
 * A document as a format reader found it, before any understanding: its blocks in reading
 * order (headings and paragraphs between tables, and the tables themselves).
 */
public record SourceDocument(String name, List<SourceBlock> blocks) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
    }

    public List<SourceTable> tables() {
        return blocks.stream().filter(SourceTable.class::isInstance).map(SourceTable.class::cast).toList();
    }
}
