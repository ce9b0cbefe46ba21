package org.oversight.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hands out ids for tables with identity columns, after the highest already there; moves the sequences on at the end. */
final class Ids {
    private final Connection connection;
    private final Map<String, Long> last = new LinkedHashMap<>();

    Ids(Connection connection) {
        this.connection = connection;
    }

    long next(String table) throws SQLException {
        Long current = last.get(table);
        if (current == null) {
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
                r.next();
                current = r.getLong(1);
            }
        }
        last.put(table, current + 1);
        return current + 1;
    }

    /** After bulk inserts with explicit ids, the identity sequences must start above them (PostgreSQL). */
    void moveSequencesOn() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (Map.Entry<String, Long> e : last.entrySet()) {
                s.execute("select setval(pg_get_serial_sequence('" + e.getKey() + "', 'id'), " + e.getValue() + ")");
            }
        }
    }
}
