package org.oversight.backup;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every application table's rows read straight through JDBC, independently of the backup code,
 * each value in a form that compares equal exactly when the stored values are the same.
 */
final class TableContents {
    private TableContents() {
    }

    /** Table name (lower case) to its rows; each row maps column name (lower case) to value. */
    static Map<String, List<Map<String, Object>>> of(DataSource dataSource) throws SQLException {
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String name : names) {
                if (!StoredTables.LEFT_OUT.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.put(name.toLowerCase(Locale.ROOT), rows(c, name));
                }
            }
        }
        return tables;
    }

    private static List<Map<String, Object>> rows(Connection c, String table) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from \"" + table + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), comparable(rs, i, meta.getColumnType(i),
                            meta.getColumnTypeName(i)));
                }
                rows.add(row);
            }
        }
        rows.sort((a, b) -> a.toString().compareTo(b.toString()));
        return rows;
    }

    private static Object comparable(ResultSet rs, int i, int type, String typeName) throws SQLException {
        Object value = typeName.toLowerCase(Locale.ROOT).contains("tz") || type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE
                ? rs.getObject(i, OffsetDateTime.class) : rs.getObject(i);
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return "bytes " + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant() + " (offset " + at.getOffset() + ")";
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return value.getClass().getSimpleName() + " " + value;
    }
}
