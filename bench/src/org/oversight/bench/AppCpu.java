package org.oversight.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Processor time (user and system) used so far, from Linux's /proc; -1 where unknown: by one
 * process (the application, the load driver), or by every PostgreSQL process together.
 */
final class AppCpu {
    private static final long TICKS_PER_SECOND = 100;

    private AppCpu() {
    }

    /** Every process named "postgres": the server and its connections (the benchmark runs no other). */
    static long databaseMillis() {
        try (var processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return Files.readString(p.resolve("comm")).strip().equals("postgres");
                        } catch (Exception e) {
                            return false;
                        }
                    })
                    .mapToLong(p -> Math.max(0, millis(Long.parseLong(p.getFileName().toString())))).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    static long millis(long pid) {
        if (pid < 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
        } catch (Exception e) {
            return -1;
        }
    }
}
