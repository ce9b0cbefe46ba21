package org.oversight.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.testing.FreshDatabase;
import org.oversight.testing.PreviousRelease;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a timed test: writes a backup of a PostgreSQL database holding 200,000 progress updates
 * beside the usual data, restores it into an empty one, and prints the time, the file's size and
 * the peak heap of each step. PostgreSQL runs in its own process, so the heap is the
 * application's alone. Not part of the normal run:
 * {@code mvn test -Dtest=BackupBenchmark -Dexcluded.test.groups=none}.
 */
@Tag("benchmark")
class BackupBenchmark {
    static final int UPDATES = 200_000;
    @TempDir
    Path folder;

    @Test
    void writesAndRestoresALargeBackup() throws Exception {
        Path file = folder.resolve("backup.json");
        try (FreshDatabase source = FreshDatabase.onPostgres(); FreshDatabase target = FreshDatabase.onPostgres()) {
            DataSource from = migrated(source);
            PreviousRelease.insertData(from);
            fill(from);
            long heapBefore = settledHeap();

            resetPeaks();
            long start = System.nanoTime();
            BackupSummary written;
            try (LiveHeap live = new LiveHeap(); OutputStream out = Files.newOutputStream(file)) {
                written = new DatabaseBackup(from, new JsonMapper()).write(out);
                print("export backup", written.totalRows(), start, heapBefore, live.highest());
            }

            DataSource to = migrated(target);
            heapBefore = settledHeap();
            resetPeaks();
            start = System.nanoTime();
            try (LiveHeap live = new LiveHeap(); InputStream in = Files.newInputStream(file)) {
                BackupSummary restored = new DatabaseBackup(to, new JsonMapper()).restore(in);
                print("import backup", restored.totalRows(), start, heapBefore, live.highest());
            }
            System.out.printf(Locale.ROOT, "  backup file: %.1f MB; maximum heap of this JVM: %d MB%n", Files.size(file) / 1e6,
                    Runtime.getRuntime().maxMemory() / 1_000_000);
        }
    }

    private static void fill(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into progress_update (id, action_id, as_at, author, text, rag, status_after, recorded_at)"
                        + " values (1000 + ?, 901, date '2026-03-31' + ?, 'lead', ?, 'AMBER', 'IN_PROGRESS', current_timestamp)")) {
            c.setAutoCommit(false);
            for (int i = 1; i <= UPDATES; i++) {
                insert.setInt(1, i);
                insert.setInt(2, i % 365);
                insert.setString(3, "Update " + i + ": audits continue; " + "fourteen of twenty records graded good, "
                        .repeat(3));
                insert.addBatch();
                if (i % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static void print(String step, long rows, long start, long heapBefore, long live) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "Backup benchmark, %s: %d rows in %.1f s; heap before %d MB, peak %d MB"
                        + " (sum of the heap pools' peaks, garbage included), highest left after a collection %d MB%n",
                step, rows, seconds, heapBefore / 1_000_000, peak / 1_000_000, live / 1_000_000);
    }

    /** The most heap that a garbage collection left in use, sampled while a step runs. */
    private static final class LiveHeap implements AutoCloseable {
        private final java.util.concurrent.ScheduledExecutorService sampler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        private final java.util.concurrent.atomic.AtomicLong highest = new java.util.concurrent.atomic.AtomicLong();

        LiveHeap() {
            sampler.scheduleAtFixedRate(() -> highest.accumulateAndGet(ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
                    .mapToLong(p -> p.getCollectionUsage().getUsed()).sum(), Math::max), 0, 50,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        long highest() {
            return highest.get();
        }

        @Override
        public void close() {
            sampler.shutdownNow();
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long settledHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static DataSource migrated(FreshDatabase empty) {
        Flyway.configure().dataSource(empty.jdbcUrl(), empty.username(), "").locations("classpath:db/migration").load()
                .migrate();
        try {
            return new SimpleDriverDataSource(java.sql.DriverManager.getDriver(empty.jdbcUrl()), empty.jdbcUrl(),
                    empty.username(), "");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
