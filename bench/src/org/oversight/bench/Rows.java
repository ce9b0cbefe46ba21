package org.oversight.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Batched inserts into one table: {@code rows.add("plan_action", id, ...)} queues a row and
 * sends a batch every thousand rows. Columns are named once per table with {@link #table}.
 */
final class Rows implements AutoCloseable {
    private static final int BATCH = 1000;
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<String, Integer> pending = new LinkedHashMap<>();
    private long written;

    Rows(Connection connection) {
        this.connection = connection;
    }

    void table(String table, String... columns) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
        statements.put(table, connection.prepareStatement(
                "insert into " + table + " (" + String.join(", ", columns) + ") values (" + marks + ")"));
        pending.put(table, 0);
    }

    void add(String table, Object... values) throws SQLException {
        PreparedStatement s = statements.get(table);
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, jdbc(values[i]));
        }
        s.addBatch();
        int n = pending.merge(table, 1, Integer::sum);
        written++;
        if (n >= BATCH) {
            flush();
        }
    }

    /** Sends every queued row, parents first (tables in the order they were named). */
    void flush() throws SQLException {
        for (Map.Entry<String, PreparedStatement> e : statements.entrySet()) {
            if (pending.get(e.getKey()) > 0) {
                e.getValue().executeBatch();
                pending.put(e.getKey(), 0);
            }
        }
    }

    long written() {
        return written;
    }

    private static Object jdbc(Object value) {
        if (value instanceof LocalDate d) {
            return Date.valueOf(d);
        }
        if (value instanceof Instant i) {
            return Timestamp.from(i);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : statements.values()) {
            s.close();
        }
    }
}
