package org.oversight.bench;

import java.io.Reader;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Drives a running Oversight from its own process over loopback: for each page, at 1, 8 and 32
 * concurrent signed-in users, a warm-up and then a timed run, printing median, p95, requests per
 * second and errors as a Markdown table. Then times report pack drafts and issues. Each user has
 * a session of their own, except that the council's eight action leads share theirs beyond eight users.
 *
 * <p>Arguments: base URL, load targets file (from {@link BenchData}), seconds per run, users list
 * (e.g. 1,8,32), and optionally the application's process id, to report the processor time it
 * spent per request (a figure that depends less on what else the machine is doing).
 */
public final class LoadDriver {
    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Properties targets = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[1]))) {
            targets.load(in);
        }
        int seconds = Integer.parseInt(args[2]);
        int[] levels = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
        long appPid = args.length > 4 ? Long.parseLong(args[4]) : -1;
        String council = targets.getProperty("council");
        String password = targets.getProperty("password");
        long[] plans = ids(targets, "plans");
        long[] actions = ids(targets, "actions");
        long[] indicators = ids(targets, "indicators");
        Map<String, Function<Random, String>> pages = new LinkedHashMap<>();
        pages.put("dashboard", r -> "/plans/" + plans[r.nextInt(plans.length)]);
        // the same dashboards as at a random day of the last two years: each a page not yet kept
        // (DashboardBodies keeps a dashboard per plan revision and date), so this is its cost uncached
        LocalDate today = LocalDate.now();
        pages.put("dashboard-as-at", r -> "/plans/" + plans[r.nextInt(plans.length)] + "?asAt=" + today.minusDays(1 + r.nextInt(730)));
        pages.put("action", r -> "/actions/" + actions[r.nextInt(actions.length)]);
        pages.put("my-actions", r -> "/my-actions");
        pages.put("indicator", r -> "/indicators/" + indicators[r.nextInt(indicators.length)]);
        pages.put("api-plans", r -> "/api/plans");
        pages.put("api-actions", r -> "/api/plans/" + plans[r.nextInt(plans.length)] + "/actions");
        // the view across every council's shared plan, as the national adviser reads it: today, and
        // as at a past date (the end of one of the last twelve months, as a committee or the national
        // unit asks for it); and an indicator of the first council compared with every other council
        // sharing its code, as the same adviser reads it
        pages.put("overview", r -> "/overview");
        pages.put("overview-as-at", r -> "/overview?asAt=" + today.withDayOfMonth(1).minusMonths(r.nextInt(12)).minusDays(1));
        pages.put("compared", r -> "/indicators/" + indicators[r.nextInt(indicators.length)] + "/compared");
        String only = System.getenv("BENCH_PAGES");
        if (only != null && !only.isBlank()) {
            pages.keySet().retainAll(Arrays.asList(only.split(",")));
        }
        int most = Arrays.stream(levels).max().orElse(1);
        HttpClient client = Browser.client(most);
        List<Browser> managers = new ArrayList<>();
        List<Browser> leads = new ArrayList<>();
        List<Browser> advisers = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            advisers.add(new Browser(client, base).signIn(SharingData.ADVISER, password));
            managers.add(new Browser(client, base).signIn(council + "-manager", password));
            leads.add(i < Council.LEAD_ACCOUNTS ? new Browser(client, base).signIn(council + "-lead" + (1 + i), password)
                    : leads.get(i % Council.LEAD_ACCOUNTS));
        }
        System.out.println(Latencies.header());
        for (Map.Entry<String, Function<Random, String>> page : pages.entrySet()) {
            List<Browser> people = page.getKey().equals("my-actions") ? leads
                    : page.getKey().startsWith("overview") || page.getKey().equals("compared") ? advisers : managers;
            for (int users : levels) {
                run(people.subList(0, users), page.getValue(), Math.min(3, seconds), new Latencies());
                Latencies measured = new Latencies();
                long driver = ProcessHandle.current().pid();
                long appBefore = AppCpu.millis(appPid);
                long driverBefore = AppCpu.millis(driver);
                long databaseBefore = AppCpu.databaseMillis();
                run(people.subList(0, users), page.getValue(), seconds, measured);
                System.out.println(measured.line(page.getKey(), users, seconds, difference(AppCpu.millis(appPid), appBefore),
                        difference(AppCpu.millis(driver), driverBefore), difference(AppCpu.databaseMillis(), databaseBefore)));
            }
        }
        if (only == null || only.isBlank()) {
            new ReportTimings(managers.get(0), plans[0]).print();
        }
        client.executor().ifPresent(e -> ((ExecutorService) e).shutdownNow());
    }

    private static void run(List<Browser> people, Function<Random, String> path, int seconds, Latencies latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < people.size(); u++) {
            Browser browser = people.get(u);
            Random random = new Random(u);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = browser.load(path.apply(random)) == 200;
                    } catch (Exception e) {
                        ok = false;
                    }
                    latencies.add(System.nanoTime() - start, ok);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    private static long difference(long after, long before) {
        return after < 0 || before < 0 ? -1 : after - before;
    }

    private static long[] ids(Properties targets, String key) {
        return Arrays.stream(targets.getProperty(key).split(",")).mapToLong(Long::parseLong).toArray();
    }
}
