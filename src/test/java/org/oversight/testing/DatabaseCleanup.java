package org.oversight.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestComponent;

/**
 * Empties every application table (not Flyway's history) for tests that commit real
 * transactions and so cannot rely on the rollback a persistence test normally ends with.
 */
@TestComponent
public class DatabaseCleanup {
    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    private final DataSource dataSource;

    public DatabaseCleanup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void emptyAllTables() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = applicationTables(c);
            if (tables.isEmpty()) {
                return;
            }
            if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                s.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
            } else {
                s.execute("set referential_integrity false");
                for (String table : tables) {
                    s.execute("truncate table " + table + " restart identity");
                }
                s.execute("set referential_integrity true");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the test database", e);
        }
    }

    private static List<String> applicationTables(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(FLYWAY_HISTORY)) {
                    tables.add('"' + name + '"');
                }
            }
        }
        return tables;
    }
}
