package org.oversight.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.backup.StoredTables.Column;
import org.oversight.backup.StoredTables.Table;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * One table object of a backup file, read as it streams past: its name, then its columns, then
 * its rows, which go straight into the database ({@link RowBatches}).
 */
final class TableRestore {
    private final Connection connection;
    private final Map<String, Table> tables;
    private final Set<String> restored;
    private Table table;
    private List<Column> columns;

    /** {@code tables}: this database's tables by name; {@code restored}: those the file held before this one. */
    TableRestore(Connection connection, Map<String, Table> tables, Set<String> restored) {
        this.connection = connection;
        this.tables = tables;
        this.restored = restored;
    }

    /** Restores the table object the parser is at the start of, and says how many rows it held. */
    long restore(JsonParser file) throws SQLException {
        long rows = 0;
        while (file.nextToken() == JsonToken.PROPERTY_NAME) {
            String property = file.currentName();
            file.nextToken();
            switch (property) {
                case "name" -> table = known(file.getValueAsString());
                case "columns" -> columns = columns((JsonNode) file.readValueAsTree());
                case "rows" -> {
                    if (columns == null) {
                        throw new BackupRefused("NOT_A_BACKUP", "The file is not an Oversight backup: a table's rows"
                                + " come before its name and columns.");
                    }
                    rows = new RowBatches(connection, table, columns).insert(file);
                }
                default -> file.skipChildren();
            }
        }
        if (table == null) {
            throw new BackupRefused("NOT_A_BACKUP", "The file is not an Oversight backup: a table has no name.");
        }
        return rows;
    }

    String key() {
        return table.key();
    }

    private Table known(String name) {
        Table found = name == null ? null : tables.get(name);
        if (found == null) {
            throw new BackupRefused("UNKNOWN_TABLE", "The backup holds a table this database does not have: " + name + ".");
        }
        if (restored.contains(name)) {
            throw new BackupRefused("NOT_A_BACKUP", "The backup holds the table " + name + " twice.");
        }
        for (String parent : found.parents()) {
            if (tables.containsKey(parent) && !restored.contains(parent)) {
                throw new BackupRefused("NOT_A_BACKUP", "The backup holds the table " + name + " before the table "
                        + parent + " it refers to, which is not how Oversight writes backups.");
            }
        }
        return found;
    }

    private List<Column> columns(JsonNode stored) {
        if (table == null) {
            throw new BackupRefused("NOT_A_BACKUP", "The file is not an Oversight backup: a table's columns come before"
                    + " its name.");
        }
        List<Column> found = new ArrayList<>();
        for (JsonNode c : stored) {
            Column column = table.column(c.path("name").asString());
            if (column == null) {
                throw new BackupRefused("UNKNOWN_COLUMN", "The backup's table " + table.key() + " has a column this"
                        + " database does not have: " + c.path("name").asString() + ".");
            }
            found.add(column);
        }
        return found;
    }
}
