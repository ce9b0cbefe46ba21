package org.oversight.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.backup.StoredTables.Column;
import org.oversight.backup.StoredTables.Table;

/**
 * After a restore, the ids the database hands out next follow on from the restored ones: each
 * identity column restarts after its table's highest id, and each sequence (indicators, their
 * values and corrections share one, which the backup does not hold) restarts past every id of
 * every table, with room for a whole block of ids as the migration that created it allowed.
 */
final class IdCounters {
    private IdCounters() {
    }

    static void moveOn(Connection connection, List<Table> tables) throws SQLException {
        long highest = 0;
        for (Table table : tables) {
            if (table.primaryKey().size() == 1 && table.column(table.primaryKey().get(0).toLowerCase(java.util.Locale.ROOT))
                    .kind() == ColumnKind.INTEGER) {
                highest = Math.max(highest, max(connection, table, table.primaryKey().get(0)));
            }
        }
        for (Map.Entry<String, Long> sequence : sequences(connection).entrySet()) {
            execute(connection, "alter sequence \"" + sequence.getKey() + "\" restart with "
                    + (highest + 2 * sequence.getValue()));
        }
        // after the sequences: on PostgreSQL an identity column's counter is a sequence too
        for (Table table : tables) {
            for (Column column : table.columns().stream().filter(Column::generated).toList()) {
                execute(connection, "alter table " + table.quoted() + " alter column \"" + column.name()
                        + "\" restart with " + (max(connection, table, column.name()) + 1));
            }
        }
    }

    /** The schema's sequences and their increments. */
    private static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> found = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement("select sequence_name, increment from"
                + " information_schema.sequences where sequence_schema = ?")) {
            s.setString(1, connection.getSchema());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), Math.max(1, Long.parseLong(rs.getString(2).trim())));
                }
            }
        }
        return found;
    }

    private static long max(Connection connection, Table table, String column) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select max(\"" + column + "\") from " + table.quoted())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
