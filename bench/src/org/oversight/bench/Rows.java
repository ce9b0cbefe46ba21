package org.oversight.bench;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Bulk rows for PostgreSQL: {@code rows.add("plan_action", id, ...)} queues a row as CSV and
 * every few thousand rows all queued tables are sent with {@code COPY ... FROM STDIN}, parents
 * first (tables in the order they were named with {@link #table}).
 */
final class Rows {
    private static final int BATCH = 5000;
    private final CopyManager copy;
    private final Map<String, String> commands = new LinkedHashMap<>();
    private final Map<String, StringBuilder> queued = new LinkedHashMap<>();
    private int pending;
    private long written;

    Rows(Connection connection) throws SQLException {
        this.copy = new CopyManager(connection.unwrap(BaseConnection.class));
    }

    void table(String table, String... columns) {
        commands.put(table, "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)");
        queued.put(table, new StringBuilder());
    }

    void add(String table, Object... values) throws SQLException {
        StringBuilder csv = queued.get(table);
        for (int i = 0; i < values.length; i++) {
            csv.append(i == 0 ? "" : ",").append(csv(values[i]));
        }
        csv.append('\n');
        written++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    /** Sends every queued row. */
    void flush() throws SQLException {
        try {
            for (Map.Entry<String, StringBuilder> e : queued.entrySet()) {
                if (e.getValue().length() > 0) {
                    copy.copyIn(commands.get(e.getKey()), new StringReader(e.getValue().toString()));
                    e.getValue().setLength(0);
                }
            }
        } catch (IOException e) {
            throw new SQLException(e);
        }
        pending = 0;
    }

    long written() {
        return written;
    }

    private static String csv(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
