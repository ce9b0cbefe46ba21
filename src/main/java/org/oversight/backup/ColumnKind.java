package org.oversight.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * How a column's values are written in a backup file and read back: whole numbers as JSON
 * numbers, booleans as JSON booleans, exact decimals, dates, times and timestamps as text in
 * ISO 8601, bytes in Base64. Timestamps with a time zone keep their offset.
 */
enum ColumnKind {
    INTEGER, DECIMAL, TEXT, BOOLEAN, DATE, TIME, TIMESTAMP, TIMESTAMP_WITH_ZONE, BINARY;

    static ColumnKind of(int sqlType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL -> DECIMAL;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.DATE -> DATE;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> TIME;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_WITH_ZONE;
            // PostgreSQL's driver reports timestamptz as a plain TIMESTAMP; its type name tells them apart
            case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? TIMESTAMP_WITH_ZONE : TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> TEXT;
        };
    }

    /** Writes the value in column {@code i} of the current row. */
    void copy(ResultSet rs, int i, JsonGenerator out) throws SQLException {
        Object value = switch (this) {
            case INTEGER -> rs.getLong(i);
            case DECIMAL -> rs.getBigDecimal(i);
            case TEXT -> rs.getString(i);
            case BOOLEAN -> rs.getBoolean(i);
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIME -> rs.getObject(i, LocalTime.class);
            case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case TIMESTAMP_WITH_ZONE -> rs.getObject(i, OffsetDateTime.class);
            case BINARY -> rs.getBytes(i);
        };
        if (rs.wasNull() || value == null) {
            out.writeNull();
        } else if (value instanceof Long number) {
            out.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof BigDecimal decimal) {
            out.writeString(decimal.toPlainString());
        } else if (value instanceof byte[] bytes) {
            out.writeString(Base64.getEncoder().encodeToString(bytes));
        } else {
            out.writeString(value.toString());
        }
    }

    /** Sets parameter {@code i} from a value read from a backup file. */
    void bind(PreparedStatement statement, int i, JsonNode value, int sqlType) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(i, sqlType);
            return;
        }
        switch (this) {
            case INTEGER -> statement.setLong(i, value.asLong());
            case DECIMAL -> statement.setBigDecimal(i, new BigDecimal(value.asString()));
            case TEXT -> statement.setString(i, value.asString());
            case BOOLEAN -> statement.setBoolean(i, value.asBoolean());
            case DATE -> statement.setObject(i, LocalDate.parse(value.asString()));
            case TIME -> statement.setObject(i, LocalTime.parse(value.asString()));
            case TIMESTAMP -> statement.setObject(i, LocalDateTime.parse(value.asString()));
            case TIMESTAMP_WITH_ZONE -> statement.setObject(i, OffsetDateTime.parse(value.asString()));
            case BINARY -> statement.setBytes(i, Base64.getDecoder().decode(value.asString()));
        }
    }
}
