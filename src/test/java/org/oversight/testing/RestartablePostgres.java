package org.oversight.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server of its own, for tests that stop and start it: the same port and data
 * directory each time, so clients reconnect to the same database with its data. The JVM's
 * shared {@link EmbeddedPostgresServer} is never stopped.
 */
public final class RestartablePostgres implements AutoCloseable {
    public static final String DATABASE = "oversight";
    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Creates the data directory and starts the server for the first time, with an empty database. */
    public static RestartablePostgres start() {
        try {
            Path parent = Files.createTempDirectory("oversight-restart");
            // initdb and postgres may run as 'nobody' (see EmbeddedPostgresServer), who must reach the directory
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxrwxrwx"));
            RestartablePostgres server = new RestartablePostgres(parent.resolve("data"), freePort());
            server.startServer();
            server.execute("create database " + DATABASE);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public String username() {
        return "postgres";
    }

    /** Stops the server (fast shutdown: open connections are cut, committed data stays). */
    public synchronized void stop() {
        try {
            running.close();
            running = null;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop", e);
        }
    }

    /** Starts the server again on the same port and data directory. */
    public synchronized void startAgain() {
        try {
            startServer();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start again", e);
        }
    }

    private void startServer() throws IOException {
        running = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("timezone", "UTC")
                .setRegisterShutdownHook(false)
                .start();
    }

    private void execute(String sql) {
        try (Connection c = running.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL could not run: " + sql, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server if it runs and deletes its data directory. */
    @Override
    public synchronized void close() {
        if (running != null) {
            stop();
        }
        try (var files = Files.walk(dataDirectory.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dataDirectory, e);
        }
    }
}
