package org.oversight.backup;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.backup.StoredTables.Column;
import org.oversight.backup.StoredTables.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes a backup file's rows into an empty database, parents before children, then moves the id counters on. */
final class BackupRestore {
    private static final int BATCH = 500;
    /** Tables the migrations give a starting row, and the column that is 0 in that row while it is unused. */
    private static final Map<String, String> STARTING_ROWS = Map.of("audit_chain_head", "last_position");
    private final Connection connection;
    private final JsonMapper json;

    BackupRestore(Connection connection, JsonMapper json) {
        this.connection = connection;
        this.json = json;
    }

    BackupSummary restore(InputStream in, String targetVersion) throws SQLException {
        JsonNode file = json.readTree(in);
        if (file == null || !DatabaseBackup.FORMAT.equals(file.path("format").asString(""))) {
            throw new BackupRefused("NOT_A_BACKUP", "The file is not an Oversight backup.");
        }
        String version = file.path("schemaVersion").asString("");
        if (!version.equals(targetVersion)) {
            throw new BackupRefused("SCHEMA_VERSION", "The backup was taken at schema version " + version
                    + " but this database is at " + targetVersion + ": restore it with the release that took it,"
                    + " then upgrade.");
        }
        Map<String, JsonNode> inFile = new LinkedHashMap<>();
        file.path("tables").forEach(t -> inFile.put(t.path("name").asString(), t));
        List<Table> tables = StoredTables.read(connection);
        requireSameTables(tables, inFile);
        requireEmpty(tables);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Table table : tables) {
            rows.put(table.key(), insert(table, inFile.get(table.key())));
        }
        for (Table table : tables) {
            moveIdCounters(table);
        }
        return new BackupSummary(version, rows);
    }

    private static void requireSameTables(List<Table> tables, Map<String, JsonNode> inFile) {
        List<String> here = tables.stream().map(Table::key).toList();
        for (String name : inFile.keySet()) {
            if (!here.contains(name)) {
                throw new BackupRefused("UNKNOWN_TABLE", "The backup holds a table this database does not have: " + name + ".");
            }
        }
        for (String name : here) {
            if (!inFile.containsKey(name)) {
                throw new BackupRefused("UNKNOWN_TABLE", "The backup does not hold the table " + name + ".");
            }
        }
    }

    private void requireEmpty(List<Table> tables) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (Table table : tables) {
                String unused = STARTING_ROWS.get(table.key());
                String where = unused == null ? "" : " where \"" + table.column(unused).name() + "\" <> 0";
                try (ResultSet rs = s.executeQuery("select count(*) from " + table.quoted() + where)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new BackupRefused("NOT_EMPTY", "This database already holds data (table " + table.key()
                                + "): restore only into an empty database.");
                    }
                }
                if (unused != null) {
                    s.executeUpdate("delete from " + table.quoted());
                }
            }
        }
    }

    private long insert(Table table, JsonNode stored) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (JsonNode c : stored.path("columns")) {
            Column column = table.column(c.path("name").asString());
            if (column == null) {
                throw new BackupRefused("UNKNOWN_COLUMN", "The backup's table " + table.key() + " has a column this"
                        + " database does not have: " + c.path("name").asString() + ".");
            }
            columns.add(column);
        }
        String sql = "insert into " + table.quoted() + " (" + String.join(", ", columns.stream().map(c -> '"' + c.name() + '"')
                .toList()) + ") values (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long count = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (JsonNode row : RowOrder.parentsFirst(table, columns, stored.path("rows"))) {
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    column.kind().bind(insert, i + 1, row.get(i), column.sqlType());
                }
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    /** Ids the database hands out next follow on from the restored ones. */
    private void moveIdCounters(Table table) throws SQLException {
        for (Column column : table.columns().stream().filter(Column::generated).toList()) {
            long next;
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "select max(\"" + column.name() + "\") from " + table.quoted())) {
                rs.next();
                next = rs.getLong(1) + 1;
            }
            try (Statement s = connection.createStatement()) {
                s.execute("alter table " + table.quoted() + " alter column \"" + column.name() + "\" restart with "
                        + next);
            }
        }
    }
}
