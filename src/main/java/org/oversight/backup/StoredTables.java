package org.oversight.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application's tables as the database describes them, in an order in which each table
 * comes after the tables it refers to. Names are compared in lower case, because H2 keeps
 * unquoted names in upper case and PostgreSQL in lower case.
 */
final class StoredTables {
    /**
     * Not backed up: Flyway's own history (the restoring database is migrated by the same release
     * instead), signed-in sessions, and the lock scheduled work takes. None of them is data.
     */
    static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "spring_session",
            "spring_session_attributes", "shedlock");

    record Column(String name, String key, ColumnKind kind, int sqlType, boolean generated) {
    }

    /** A column of this table that refers to another row of the same table. */
    record SelfReference(String column, String referenced) {
    }

    record Table(String name, String key, List<Column> columns, List<String> primaryKey, Set<String> parents,
                 List<SelfReference> selfReferences) {
        String quoted() {
            return '"' + name + '"';
        }

        String orderBy() {
            List<String> keys = primaryKey.isEmpty() ? columns.stream().map(Column::name).toList() : primaryKey;
            return String.join(", ", keys.stream().map(k -> '"' + k + '"').toList());
        }

        Column column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
        }
    }

    private StoredTables() {
    }

    /** Every application table, parents before children. */
    static List<Table> read(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Table> byKey = new TreeMap<>();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String key = name.toLowerCase(Locale.ROOT);
                if (!LEFT_OUT.contains(key)) {
                    byKey.put(key, describe(c, meta, name, key));
                }
            }
        }
        return inDependencyOrder(byKey);
    }

    private static Table describe(Connection c, DatabaseMetaData meta, String name, String key) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), name, "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                int type = rs.getInt("DATA_TYPE");
                columns.add(new Column(column, column.toLowerCase(Locale.ROOT), ColumnKind.of(type, rs.getString("TYPE_NAME")),
                        type, "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        Map<Short, String> keyColumns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(c.getCatalog(), c.getSchema(), name)) {
            while (rs.next()) {
                keyColumns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        Set<String> parents = new LinkedHashSet<>();
        List<SelfReference> self = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), name)) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (parent.equals(key)) {
                    self.add(new SelfReference(rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME")));
                } else {
                    parents.add(parent);
                }
            }
        }
        return new Table(name, key, columns, List.copyOf(keyColumns.values()), parents, self);
    }

    private static List<Table> inDependencyOrder(Map<String, Table> byKey) {
        Map<String, Table> ordered = new LinkedHashMap<>();
        for (Table table : byKey.values()) {
            visit(table, byKey, ordered, new LinkedHashSet<>());
        }
        return List.copyOf(ordered.values());
    }

    private static void visit(Table table, Map<String, Table> byKey, Map<String, Table> ordered, Set<String> path) {
        if (ordered.containsKey(table.key())) {
            return;
        }
        if (!path.add(table.key())) {
            throw new IllegalStateException("Tables refer to each other in a circle: " + path);
        }
        for (String parent : table.parents()) {
            Table p = byKey.get(parent);
            if (p != null) {
                visit(p, byKey, ordered, path);
            }
        }
        ordered.put(table.key(), table);
    }
}
