package org.oversight.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.timescale.DateReader;

/**
 * Which field each distinct source column header holds: guessed from the header's words and
 * correctable by a person. A progress column whose header carries a date ("Progress as at
 * 1.10.09") is a progress round as at that date.
 */
public record ColumnMapping(List<Column> columns) {
    private static final DateReader DATES = new DateReader();

    public ColumnMapping {
        columns = List.copyOf(columns);
    }

    /** One source column: its header as written, the field it maps to, and whether that was guessed. */
    public record Column(String header, PlanField field, LocalDate asAt) {
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(List.of());
    }

    /** Guesses the field of every header not already mapped, keeping the mappings already made. */
    public ColumnMapping including(List<String> headers) {
        Map<String, Column> byHeader = new LinkedHashMap<>();
        columns.forEach(c -> byHeader.put(key(c.header()), c));
        for (String header : headers) {
            if (!header.isBlank()) {
                byHeader.putIfAbsent(key(header), new Column(header, PlanField.guess(header), dateIn(header)));
            }
        }
        return new ColumnMapping(new ArrayList<>(byHeader.values()));
    }

    /** The mapping with one header's field changed by a person. */
    public ColumnMapping with(String header, PlanField field) {
        return new ColumnMapping(columns.stream().map(c -> key(c.header()).equals(key(header))
                ? new Column(c.header(), field, c.asAt()) : c).toList());
    }

    public PlanField fieldOf(String header) {
        return find(header).map(Column::field).orElse(PlanField.guess(header));
    }

    public Optional<Column> find(String header) {
        return columns.stream().filter(c -> key(c.header()).equals(key(header))).findFirst();
    }

    private static LocalDate dateIn(String header) {
        if (PlanField.guess(header) != PlanField.PROGRESS) {
            return null;
        }
        int at = header.toLowerCase().indexOf(" at ");
        return at < 0 ? null : DATES.read(header.substring(at + 4)).orElse(null);
    }

    private static String key(String header) {
        return PlanField.normal(header);
    }
}
