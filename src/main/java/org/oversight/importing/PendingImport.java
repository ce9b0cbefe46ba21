package org.oversight.importing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An import between its steps, kept in the person's HTTP session: the file's bytes (no larger
 * than the import size limit, one pending import a session), what they said about the plan, the
 * plan it updates (or null for a new plan) and the column mapping as corrected so far. Each step
 * reads the bytes again, so nothing is saved until the import is confirmed.
 */
public final class PendingImport implements Serializable {
    static final String SESSION_KEY = PendingImport.class.getName();
    private static final long serialVersionUID = 1L;

    public record PendingColumn(String header, PlanField field, LocalDate asAt) implements Serializable {
    }

    private final byte[] bytes;
    private final String filename;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final LocalDate asAt;
    private final Long planId;
    private final List<PendingColumn> columns = new ArrayList<>();
    /** The grid the format reader found at upload, so later steps do not read a long PDF again; not kept if the session is stored. */
    private transient SourceDocument source;
    private String corrections = "";

    PendingImport(byte[] bytes, String filename, ImportOptions options, Long planId) {
        this.bytes = bytes.clone();
        this.filename = filename;
        this.periodStart = options.periodStart();
        this.periodEnd = options.periodEnd();
        this.asAt = options.asAt();
        this.planId = planId;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    SourceDocument source() {
        return source;
    }

    void keep(SourceDocument found) {
        this.source = found;
    }

    /** The reading last made of the grid, with the structure fixes it was made with: the same columns and fixes give the same reading. */
    private transient PlanReading reading;
    private transient StructureFixes readingFixes;

    void keep(PlanReading made, StructureFixes fixes) {
        this.reading = made;
        this.readingFixes = fixes;
    }

    /** The reading kept for these columns and fixes, or null when there is none or they changed. */
    PlanReading readingFor(ColumnMapping mapping, StructureFixes fixes) {
        return reading != null && reading.mapping().equals(mapping) && fixes.equals(readingFixes) ? reading : null;
    }

    String filename() {
        return filename;
    }

    Long planId() {
        return planId;
    }

    ImportOptions options() {
        return new ImportOptions(periodStart, periodEnd, asAt);
    }

    ColumnMapping mapping() {
        return new ColumnMapping(columns.stream().map(c -> new ColumnMapping.Column(c.header(), c.field(), c.asAt())).toList());
    }

    public List<PendingColumn> columns() {
        return List.copyOf(columns);
    }

    /** Keeps the mapping a reading used, so later steps start from it. */
    void remember(ColumnMapping mapping) {
        columns.clear();
        mapping.columns().forEach(c -> columns.add(new PendingColumn(c.header(), c.field(), c.asAt())));
    }

    /** The corrections of structure as the person wrote them ("table 1, row 5 continues the row above"). */
    public String corrections() {
        return corrections;
    }

    StructureFixes fixes() {
        return StructureFixes.parse(corrections);
    }

    /** Keeps the corrections of structure, refusing (and keeping the ones before) when a line is not understood. */
    void correctStructure(String written) {
        StructureFixes.parse(written);
        corrections = written == null ? "" : written.strip();
    }

    /** The fields a person chose, one for each column in order; columns without a choice keep theirs. */
    void correct(List<PlanField> fields) {
        for (int i = 0; i < columns.size() && i < fields.size(); i++) {
            PendingColumn c = columns.get(i);
            columns.set(i, new PendingColumn(c.header(), fields.get(i), c.asAt()));
        }
    }
}
