package org.oversight.bench;

import java.util.Arrays;

/** Response times of one page at one concurrency, and how many failed. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int count;
    private int errors;

    synchronized void add(long took, boolean ok) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = took;
        if (!ok) {
            errors++;
        }
    }

    /** The figures, with the processor time the application, the driver and the database used in the run. */
    synchronized String line(String page, int users, double seconds, long appMillis, long driverMillis, long databaseMillis) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return String.format("| %-14s | %3d | %8.1f | %8.1f | %8.1f | %7.1f | %6d | %5d | %7s | %7s | %7s |", page, users,
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 1.0), count / seconds, count, errors,
                perRequest(appMillis), perRequest(driverMillis), perRequest(databaseMillis));
    }

    private String perRequest(long millis) {
        return millis < 0 || count == 0 ? "" : String.format("%.1f", (double) millis / count);
    }

    static String header() {
        return "| page           | users | median ms | p95 ms | max ms | req/s | requests | errors "
                + "| CPU ms/request: app | driver | database |\n"
                + "|----------------|-----:|---------:|---------:|---------:|--------:|-------:|------:|--------:|--------:|--------:|";
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
