package org.oversight.backup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.backup.RowBatches.Row;
import org.oversight.backup.StoredTables.Column;
import org.oversight.backup.StoredTables.SelfReference;
import org.oversight.backup.StoredTables.Table;
import tools.jackson.databind.JsonNode;

/**
 * The order to insert a table's rows in: as stored, except that a row referring to another row
 * of the same table (an indicator that is part of another) waits until that row is in. Only a
 * table with such references keeps anything: the keys of its rows placed so far.
 */
final class RowOrder {
    /** Each reference as {position of the referring column, position of the referenced column}. */
    private final List<int[]> links = new ArrayList<>();
    private final Set<String> placed = new HashSet<>();

    RowOrder(Table table, List<Column> columns) {
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            position.put(columns.get(i).name(), i);
        }
        for (SelfReference ref : table.selfReferences()) {
            Integer column = position.get(ref.column());
            Integer referenced = position.get(ref.referenced());
            if (column != null && referenced != null) {
                links.add(new int[] {column, referenced});
            }
        }
    }

    /** Whether the row refers to a row of the same table not placed yet. */
    boolean mustWait(JsonNode row) {
        for (int[] link : links) {
            JsonNode parent = row.get(link[0]);
            if (parent != null && !parent.isNull() && !placed.contains(parent.toString())) {
                return true;
            }
        }
        return false;
    }

    void placed(JsonNode row) {
        for (int[] link : links) {
            JsonNode key = row.get(link[1]);
            if (key != null) {
                placed.add(key.toString());
            }
        }
    }

    /** The rows that waited, each after the waiting row it refers to. */
    List<Row> parentsFirst(List<Row> waiting) {
        if (waiting.isEmpty()) {
            return waiting;
        }
        Map<String, Row> byKey = new LinkedHashMap<>();
        waiting.forEach(row -> byKey.put(String.valueOf(row.cells().get(links.get(0)[1])), row));
        List<Row> ordered = new ArrayList<>();
        Set<Row> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Row row : waiting) {
            place(row, byKey, ordered, seen);
        }
        return ordered;
    }

    private void place(Row row, Map<String, Row> byKey, List<Row> ordered, Set<Row> seen) {
        if (!seen.add(row)) {
            return;
        }
        for (int[] link : links) {
            Row parent = byKey.get(String.valueOf(row.cells().get(link[0])));
            if (parent != null) {
                place(parent, byKey, ordered, seen);
            }
        }
        ordered.add(row);
    }
}
