package org.oversight.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every table of the application's database to one JSON file and restores such a file
 * into an empty database migrated to the same schema version. The backup is read in one
 * repeatable-read transaction, so it is consistent while people go on working; a restore runs
 * in one transaction and writes all of the file or, on any problem, none of it.
 *
 * <p>The file holds everything, accounts' password hashes and the chained audit trail
 * included, so that a restored instance signs the same people in and its audit chain still
 * verifies. Keep it as securely as the database itself.
 */
@Service
public class DatabaseBackup {
    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "oversight-backup";
    public static final int FORMAT_VERSION = 1;
    private final DataSource dataSource;
    private final JsonMapper json;

    @Autowired
    public DatabaseBackup(DataSource dataSource, ObjectProvider<JsonMapper> json) {
        this(dataSource, json.getIfAvailable(JsonMapper::new));
    }

    public DatabaseBackup(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Writes the whole database to {@code out} (left open) and says what it wrote. */
    public BackupSummary write(OutputStream out) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return new BackupWriter(c, json).write(schemaVersion(c), out);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be read for the backup: " + e.getMessage(), e);
        }
    }

    /** Restores a backup into this database, which must be empty and at the backup's schema version. */
    public BackupSummary restore(InputStream in) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                BackupSummary summary = new BackupRestore(c, json).restore(in, schemaVersion(c));
                c.commit();
                return summary;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The backup could not be restored: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new BackupRefused("NOT_A_BACKUP", "The file could not be read as a backup: " + e.getOriginalMessage());
        }
    }

    /** The latest migration Flyway applied to this database. */
    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select \"version\" from "
                + "\"flyway_schema_history\" where \"success\" = true and \"version\" is not null "
                + "order by \"installed_rank\" desc")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
