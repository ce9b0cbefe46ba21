package db.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives indicators, their values and corrections ids from one sequence, so a large import can
 * send its inserts in JDBC batches (identity columns make every insert a round trip of its
 * own). The sequence starts past every id already given, which plain SQL cannot say the same
 * way on H2 and PostgreSQL; the statements this class runs are the same on both. The
 * increment matches the allocation size the entities declare.
 */
public class V20261123_0400__indicator_id_sequence extends BaseJavaMigration {
    static final int INCREMENT = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        long highest = 0;
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : new String[] {"indicator", "indicator_value", "indicator_correction"}) {
                try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    max.next();
                    highest = Math.max(highest, max.getLong(1));
                }
            }
            statement.execute("create sequence indicator_ids start with " + (highest + 2L * INCREMENT)
                    + " increment by " + INCREMENT);
        }
    }
}
