package org.oversight.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A new, empty database on one engine, for tests that must start from nothing (migrations).
 * Closing it drops the database.
 */
public record FreshDatabase(String jdbcUrl, String username, Runnable drop) implements AutoCloseable {

    /** An empty in-memory H2 database, in the mode the embedded default uses. */
    public static FreshDatabase onH2() {
        String name = "empty_" + UUID.randomUUID().toString().replace("-", "");
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        return new FreshDatabase(url, "sa", () -> shutDownH2(url));
    }

    /** An empty database on the JVM's embedded PostgreSQL. */
    public static FreshDatabase onPostgres() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        String name = server.createFreshDatabase("empty");
        return new FreshDatabase(server.jdbcUrl(name), server.username(), () -> server.dropDatabase(name));
    }

    private static void shutDownH2(String url) {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("shutdown");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop " + url, e);
        }
    }

    @Override
    public void close() {
        drop.run();
    }
}
