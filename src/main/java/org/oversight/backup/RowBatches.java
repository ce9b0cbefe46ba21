package org.oversight.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import org.oversight.backup.StoredTables.Column;
import org.oversight.backup.StoredTables.Table;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * A table's rows read from the file one at a time and inserted in JDBC batches: at most one
 * batch of rows is held at once (and, for a table whose rows refer to each other, the few rows
 * that refer to a row further on). A row the database refuses is found by trying its batch
 * again row by row, so the error names the table and the row's number in the file.
 */
final class RowBatches {
    static final int BATCH = 500;

    /** A row of the file and its place (from 1) among the table's rows. */
    record Row(long number, JsonNode cells) {
    }

    private final Connection connection;
    private final Table table;
    private final List<Column> columns;
    private final List<Row> batch = new ArrayList<>(BATCH);
    private PreparedStatement insert;

    RowBatches(Connection connection, Table table, List<Column> columns) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
    }

    /** Inserts the array of rows the parser is at the start of; the number of rows. */
    long insert(JsonParser file) throws SQLException {
        if (file.currentToken() != JsonToken.START_ARRAY) {
            throw new BackupRefused("NOT_A_BACKUP", "The file is not an Oversight backup: the rows of " + table.key()
                    + " are not a list.");
        }
        RowOrder order = new RowOrder(table, columns);
        List<Row> waiting = new ArrayList<>();
        long number = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql())) {
            insert = statement;
            while (file.nextToken() == JsonToken.START_ARRAY) {
                Row row = new Row(++number, (JsonNode) file.readValueAsTree());
                if (order.mustWait(row.cells())) {
                    waiting.add(row);
                } else {
                    add(row, order);
                }
            }
            for (Row row : order.parentsFirst(waiting)) {
                add(row, order);
            }
            flush();
        }
        return number;
    }

    private String sql() {
        return "insert into " + table.quoted() + " (" + String.join(", ", columns.stream().map(c -> '"' + c.name() + '"')
                .toList()) + ") values (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    private void add(Row row, RowOrder order) throws SQLException {
        bind(row);
        insert.addBatch();
        batch.add(row);
        order.placed(row.cells());
        if (batch.size() == BATCH) {
            flush();
        }
    }

    private void bind(Row row) throws SQLException {
        if (!row.cells().isArray() || row.cells().size() != columns.size()) {
            throw new BackupRefused("BAD_ROW", "Row " + row.number() + " of table " + table.key() + " has "
                    + row.cells().size() + " values for " + columns.size() + " columns.");
        }
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            try {
                column.kind().bind(insert, i + 1, row.cells().get(i), column.sqlType());
            } catch (RuntimeException e) {
                throw new BackupRefused("BAD_ROW", "Row " + row.number() + " of table " + table.key() + ": the value of "
                        + column.key() + " (" + row.cells().get(i) + ") cannot be read as " + column.kind().name()
                        .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
            }
        }
    }

    private void flush() throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        Savepoint before = connection.setSavepoint();
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            connection.rollback(before);
            throw refusedRow(before, e);
        }
        connection.releaseSavepoint(before);
        batch.clear();
    }

    /** Tries the failed batch's rows one at a time to name the one the database refuses. */
    private BackupRefused refusedRow(Savepoint before, SQLException failure) throws SQLException {
        insert.clearBatch();
        for (Row row : batch) {
            bind(row);
            try {
                insert.executeUpdate();
            } catch (SQLException e) {
                connection.rollback(before);
                return new BackupRefused("BAD_ROW", "Row " + row.number() + " of table " + table.key()
                        + " could not be restored: " + e.getMessage());
            }
        }
        connection.rollback(before);
        return new BackupRefused("BAD_ROW", "Rows " + batch.get(0).number() + " to " + batch.get(batch.size() - 1).number()
                + " of table " + table.key() + " could not be restored: " + failure.getMessage());
    }
}
