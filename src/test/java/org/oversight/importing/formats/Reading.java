package org.oversight.importing.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.oversight.importing.DocumentReader;
import org.oversight.importing.SourceCell;
import org.oversight.importing.SourceDocument;
import org.oversight.importing.SourceRow;
import org.oversight.importing.SourceTable;

/** Small steps the reader tests share. */
final class Reading {
    private Reading() {
    }

    static SourceDocument read(DocumentReader reader, byte[] bytes, String name) {
        try {
            return reader.read(new ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(SourceRow row) {
        return row.cells().stream().map(SourceCell::text).toList();
    }

    static SourceRow row(SourceTable table, int number) {
        return table.rows().stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }
}
