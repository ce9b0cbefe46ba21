package org.oversight.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.backup.StoredTables.Column;
import org.oversight.backup.StoredTables.Table;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the tables to the file, a row at a time, so a large database needs little memory:
 * <pre>{ "format": "oversight-backup", "formatVersion": 1, "schemaVersion": "20261122.1600",
 *   "createdAt": "...", "tables": [ { "name": "organisation",
 *     "columns": [ { "name": "id", "kind": "INTEGER" }, ... ], "rows": [ [1, "..."], ... ] }, ... ] }</pre>
 */
final class BackupWriter {
    private static final int FETCH = 500;
    private final Connection connection;
    private final JsonMapper json;

    BackupWriter(Connection connection, JsonMapper json) {
        this.connection = connection;
        this.json = json;
    }

    BackupSummary write(String schemaVersion, OutputStream out) throws SQLException {
        List<Table> tables = StoredTables.read(connection);
        Map<String, Long> rows = new LinkedHashMap<>();
        try (JsonGenerator g = json.createGenerator(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller's stream stays open
            }
        })) {
            g.writeStartObject();
            g.writeStringProperty("format", DatabaseBackup.FORMAT);
            g.writeNumberProperty("formatVersion", DatabaseBackup.FORMAT_VERSION);
            g.writeStringProperty("schemaVersion", schemaVersion);
            g.writeStringProperty("createdAt", Instant.now().toString());
            g.writeName("tables");
            g.writeStartArray();
            for (Table table : tables) {
                rows.put(table.key(), writeTable(table, g));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return new BackupSummary(schemaVersion, rows);
    }

    private long writeTable(Table table, JsonGenerator g) throws SQLException {
        g.writeStartObject();
        g.writeStringProperty("name", table.key());
        g.writeName("columns");
        g.writeStartArray();
        for (Column column : table.columns()) {
            g.writeStartObject();
            g.writeStringProperty("name", column.key());
            g.writeStringProperty("kind", column.kind().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("rows");
        g.writeStartArray();
        long count = 0;
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(FETCH);
            try (ResultSet rs = s.executeQuery("select " + columnList(table) + " from " + table.quoted()
                    + " order by " + table.orderBy())) {
                while (rs.next()) {
                    g.writeStartArray();
                    for (int i = 0; i < table.columns().size(); i++) {
                        table.columns().get(i).kind().copy(rs, i + 1, g);
                    }
                    g.writeEndArray();
                    count++;
                }
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        return count;
    }

    static String columnList(Table table) {
        return String.join(", ", table.columns().stream().map(c -> '"' + c.name() + '"').toList());
    }
}
