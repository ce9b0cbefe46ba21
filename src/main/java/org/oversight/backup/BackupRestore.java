package org.oversight.backup;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.backup.StoredTables.Table;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a backup file as a stream and writes its rows into an empty database table by table,
 * in JDBC batches, so memory does not grow with the size of the file; then moves the id
 * counters on. The caller's transaction makes it all or nothing: the header is checked before
 * any row is written, and a table the file lacks is found only at its end.
 */
final class BackupRestore {
    /** Tables the migrations give a starting row, and the column that is 0 in that row while it is unused. */
    private static final Map<String, String> STARTING_ROWS = Map.of("audit_chain_head", "last_position");
    private final Connection connection;
    private final JsonMapper json;

    BackupRestore(Connection connection, JsonMapper json) {
        this.connection = connection;
        this.json = json;
    }

    BackupSummary restore(InputStream in, String targetVersion) throws SQLException {
        try (JsonParser file = json.createParser(in)) {
            if (file.nextToken() != JsonToken.START_OBJECT) {
                throw notABackup();
            }
            String format = null;
            String version = null;
            Map<String, Long> rows = null;
            while (file.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = file.currentName();
                file.nextToken();
                switch (property) {
                    case "format" -> format = file.getValueAsString();
                    case "schemaVersion" -> version = file.getValueAsString();
                    case "tables" -> {
                        requireHeader(format, version, targetVersion);
                        rows = tables(file);
                    }
                    default -> file.skipChildren();
                }
            }
            requireHeader(format, version, targetVersion);
            if (rows == null) {
                throw new BackupRefused("NOT_A_BACKUP", "The backup file holds no tables.");
            }
            return new BackupSummary(version, rows);
        }
    }

    private static void requireHeader(String format, String version, String targetVersion) {
        if (!DatabaseBackup.FORMAT.equals(format)) {
            throw notABackup();
        }
        if (version == null || !version.equals(targetVersion)) {
            throw new BackupRefused("SCHEMA_VERSION", "The backup was taken at schema version " + version
                    + " but this database is at " + targetVersion + ": restore it with the release that took it,"
                    + " then upgrade.");
        }
    }

    private static BackupRefused notABackup() {
        return new BackupRefused("NOT_A_BACKUP", "The file is not an Oversight backup.");
    }

    /** The array of tables, each restored as it is read, in the file's order (parents before children). */
    private Map<String, Long> tables(JsonParser file) throws SQLException {
        if (file.currentToken() != JsonToken.START_ARRAY) {
            throw notABackup();
        }
        List<Table> here = StoredTables.read(connection);
        requireEmpty(here);
        Map<String, Table> byKey = new LinkedHashMap<>();
        here.forEach(t -> byKey.put(t.key(), t));
        Map<String, Long> rows = new LinkedHashMap<>();
        while (file.nextToken() == JsonToken.START_OBJECT) {
            TableRestore table = new TableRestore(connection, byKey, rows.keySet());
            long count = table.restore(file);
            rows.put(table.key(), count);
        }
        for (String name : byKey.keySet()) {
            if (!rows.containsKey(name)) {
                throw new BackupRefused("UNKNOWN_TABLE", "The backup does not hold the table " + name + ".");
            }
        }
        IdCounters.moveOn(connection, here);
        return rows;
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
}
