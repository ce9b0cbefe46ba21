package org.oversight.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the application's time went on each page: reads a flight recording of the application
 * ({@code BENCH_APP_OPTS=-XX:StartFlightRecording=filename=...,settings=profile}) and the
 * {@code windows.tsv} of the same run, and prints, for every timed run at the given number of
 * users (and every report pack), the share of the application's execution samples that were
 * inside each library and the application's own methods that held most of them (inclusive), and
 * the garbage collection pauses.
 *
 * <p>Usage: {@code java -cp ... org.oversight.bench.ProfileByPage app.jfr windows.tsv [USERS [PAGE]]}: with a
 * page's name (or part of it), also every method holding most of that page's samples, of any library.
 */
public final class ProfileByPage {
    /** Where a sample is, by the first frame (from the top of its stack) in one of these packages. */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("org.thymeleaf.", "Thymeleaf");
        LIBRARIES.put("org.attoparser.", "Thymeleaf");
        LIBRARIES.put("org.hibernate.", "Hibernate");
        LIBRARIES.put("org.postgresql.", "PostgreSQL driver");
        LIBRARIES.put("com.zaxxer.hikari.", "connection pool");
        LIBRARIES.put("tools.jackson.", "Jackson");
        LIBRARIES.put("com.openhtmltopdf.", "openhtmltopdf");
        LIBRARIES.put("org.apache.batik.", "Batik");
        LIBRARIES.put("org.apache.pdfbox.", "PDFBox");
        LIBRARIES.put("org.apache.fontbox.", "PDFBox");
        LIBRARIES.put("org.apache.poi.", "POI");
        LIBRARIES.put("org.apache.xmlbeans.", "POI");
        LIBRARIES.put("org.springframework.security.", "Spring Security");
        LIBRARIES.put("org.springframework.session.", "Spring Session");
        LIBRARIES.put("org.springframework.data.", "Spring Data");
        LIBRARIES.put("org.springframework.", "Spring");
        LIBRARIES.put("org.apache.catalina.", "Tomcat");
        LIBRARIES.put("org.apache.coyote.", "Tomcat");
        LIBRARIES.put("org.apache.tomcat.", "Tomcat");
        LIBRARIES.put("org.oversight.", "Oversight");
    }

    private ProfileByPage() {
    }

    private record Window(String name, int users, long start, long end) {
    }

    private static final class Tally {
        int samples;
        double gcMillis;
        int pauses;
        final Map<String, Integer> libraries = new HashMap<>();
        final Map<String, Integer> own = new HashMap<>();
        final Map<String, Integer> any = new HashMap<>();
    }

    public static void main(String[] args) throws Exception {
        Path recording = Path.of(args[0]);
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        List<Window> windows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] f = line.split("\t");
            if (f.length == 4 && (Integer.parseInt(f[1]) == users || f[0].contains("draft"))) {
                windows.add(new Window(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])));
            }
        }
        Map<Window, Tally> tallies = new LinkedHashMap<>();
        windows.forEach(w -> tallies.put(w, new Tally()));
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                boolean sample = type.equals("jdk.ExecutionSample");
                boolean pause = type.equals("jdk.GarbageCollection");
                if (!sample && !pause) {
                    continue;
                }
                long at = event.getStartTime().toEpochMilli();
                Window window = windows.stream().filter(w -> at >= w.start() && at < w.end()).findFirst().orElse(null);
                if (window == null) {
                    continue;
                }
                Tally tally = tallies.get(window);
                if (pause) {
                    tally.gcMillis += event.getDuration("sumOfPauses").toNanos() / 1e6;
                    tally.pauses++;
                } else if (event.getStackTrace() != null) {
                    add(tally, event.getStackTrace().getFrames());
                }
            }
        }
        System.out.println("| page | users | samples | where the samples were (first library from the top of the stack) "
                + "| the application's methods holding most samples (inclusive) | GC pauses |");
        System.out.println("|---|--:|--:|---|---|---|");
        tallies.forEach((w, t) -> System.out.println("| " + w.name() + " | " + w.users() + " | " + t.samples + " | "
                + top(t.libraries, t.samples, 6) + " | " + top(t.own, t.samples, 6) + " | "
                + String.format("%d, %.0f ms in %.0f s", t.pauses, t.gcMillis, (w.end() - w.start()) / 1000.0) + " |"));
        if (args.length > 3) {
            tallies.forEach((w, t) -> {
                if (w.name().contains(args[3])) {
                    System.out.println();
                    System.out.println(w.name() + ", " + w.users() + " users: " + top(t.any, t.samples, 150).replace(", ", "\n  "));
                }
            });
        }
        System.out.println();
        System.out.println("Recording " + recording.getFileName() + ", read " + Instant.now() + ".");
    }

    private static void add(Tally tally, List<RecordedFrame> frames) {
        tally.samples++;
        String library = "JDK";
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            String found = LIBRARIES.entrySet().stream().filter(e -> type.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (found != null) {
                library = found;
                break;
            }
        }
        tally.libraries.merge(library, 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (all.add(type + "." + frame.getMethod().getName())) {
                tally.any.merge(type + "." + frame.getMethod().getName(), 1, Integer::sum);
            }
            if (type.startsWith("org.oversight.") && !type.contains("$$")) {
                String method = type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
                if (seen.add(method)) {
                    tally.own.merge(method, 1, Integer::sum);
                }
            }
        }
    }

    private static String top(Map<String, Integer> counts, int total, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, total)))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
