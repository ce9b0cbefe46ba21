package org.oversight.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.backup.StoredTables.Column;
import org.oversight.backup.StoredTables.SelfReference;
import org.oversight.backup.StoredTables.Table;
import tools.jackson.databind.JsonNode;

/**
 * The order to insert a table's rows in: as stored, except that a row another row of the same
 * table refers to (an indicator that is part of another) goes in before the row referring to it.
 */
final class RowOrder {
    private RowOrder() {
    }

    static List<JsonNode> parentsFirst(Table table, List<Column> columns, JsonNode rows) {
        List<JsonNode> all = new ArrayList<>();
        rows.forEach(all::add);
        if (table.selfReferences().isEmpty() || all.isEmpty()) {
            return all;
        }
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            position.put(columns.get(i).name(), i);
        }
        List<int[]> links = new ArrayList<>();
        for (SelfReference ref : table.selfReferences()) {
            links.add(new int[] {position.get(ref.column()), position.get(ref.referenced())});
        }
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        int key = links.get(0)[1];
        all.forEach(row -> byKey.put(row.get(key).toString(), row));
        List<JsonNode> placed = new ArrayList<>();
        Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (JsonNode row : all) {
            place(row, links, byKey, placed, seen);
        }
        return placed;
    }

    private static void place(JsonNode row, List<int[]> links, Map<String, JsonNode> byKey, List<JsonNode> placed,
                              Set<JsonNode> seen) {
        if (!seen.add(row)) {
            return;
        }
        for (int[] link : links) {
            JsonNode parent = byKey.get(row.get(link[0]).toString());
            if (parent != null) {
                place(parent, links, byKey, placed, seen);
            }
        }
        placed.add(row);
    }
}
