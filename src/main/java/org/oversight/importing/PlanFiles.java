package org.oversight.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.oversight.plan.PlanExchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file into a plan: exchange JSON directly, any other format through the first
 * {@link DocumentReader} bean that reads it, then the understanding step. Files over the size
 * limit ({@code oversight.import.max-size}, 20 MB by default) are refused before reading.
 */
@Component
public class PlanFiles {
    private final List<DocumentReader> readers;
    private final PlanUnderstanding understanding;
    private final JsonMapper json;
    private final DataSize maxSize;

    public PlanFiles(List<DocumentReader> readers, PlanUnderstanding understanding, JsonMapper json,
                     @Value("${oversight.import.max-size:20MB}") DataSize maxSize) {
        this.readers = readers;
        this.understanding = understanding;
        this.json = json;
        this.maxSize = maxSize;
    }

    public PlanReading read(byte[] bytes, String filename, ImportOptions options, ColumnMapping mapping) throws IOException {
        return read(bytes, filename, options, mapping, StructureFixes.none());
    }

    /** Reads the file with the person's corrections of columns and of structure. */
    public PlanReading read(byte[] bytes, String filename, ImportOptions options, ColumnMapping mapping, StructureFixes fixes)
            throws IOException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            check(bytes);
            return exchange(bytes);
        }
        return understanding.read(source(bytes, filename), options, mapping, fixes);
    }

    /**
     * Reads the file, or, when the grid its format reader found is given (kept from an earlier
     * step of the same import), understands that grid again without reading the file anew.
     * {@code found} receives the grid read, for the caller to keep; a JSON file has none.
     */
    public PlanReading read(byte[] bytes, String filename, ImportOptions options, ColumnMapping mapping, StructureFixes fixes,
                            SourceDocument kept, java.util.function.Consumer<SourceDocument> found) throws IOException {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return read(bytes, filename, options, mapping, fixes);
        }
        SourceDocument source = kept != null ? kept : source(bytes, filename);
        found.accept(source);
        return understanding.read(source, options, mapping, fixes);
    }

    /** The document as its format reader found it, before any understanding: the grid of each table. */
    public SourceDocument source(byte[] bytes, String filename) throws IOException {
        check(bytes);
        byte[] first = Arrays.copyOf(bytes, Math.min(bytes.length, 512));
        DocumentReader reader = readers.stream().filter(r -> r.reads(filename, first)).findFirst()
                .orElseThrow(() -> new ImportRefused("Oversight cannot read " + filename + ": give a .docx, .xlsx, .csv, "
                        + ".pdf, .json or .txt file."));
        return reader.read(new ByteArrayInputStream(bytes), filename);
    }

    private void check(byte[] bytes) {
        if (bytes.length > maxSize.toBytes()) {
            throw new ImportRefused("This file is larger than " + maxSize.toMegabytes() + " MB, the most Oversight reads."
                    + " Split it, or remove pictures and other sheets, and try again.");
        }
        if (bytes.length == 0) {
            throw new ImportRefused("The file is empty.");
        }
    }

    private PlanReading exchange(byte[] bytes) {
        try {
            PlanExchange plan = json.readValue(PastedTextReader.decode(bytes), PlanExchange.class);
            if (plan.plan() == null) {
                throw new ImportRefused("This JSON is not a plan in the exchange format: it has no \"plan\" object.");
            }
            return new PlanReading(plan, ColumnMapping.empty(), List.of(), List.of());
        } catch (tools.jackson.core.JacksonException e) {
            throw new ImportRefused("This JSON could not be read as a plan: " + JsonProblem.describe(e) + ".");
        }
    }
}
