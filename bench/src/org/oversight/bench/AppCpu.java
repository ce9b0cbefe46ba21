package org.oversight.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Processor time (user and system) a process has used so far, from Linux's /proc; -1 where unknown. */
final class AppCpu {
    private static final long TICKS_PER_SECOND = 100;

    private AppCpu() {
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
