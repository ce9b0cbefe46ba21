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
 * concurrent signed-in users, a warm-up and then a timed run (after every page was first asked for
 * BENCH_WARMUP seconds, 5 unless set, by the most users), printing median, p95, requests per
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
        Windows.startIn(Path.of(args[1]).toAbsolutePath().getParent());
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
        // any day of the last year: nearly every request a date not asked for before, so its whole cost
        pages.put("overview-as-at-any-day", r -> "/overview?asAt=" + today.minusDays(1 + r.nextInt(365)));
        pages.put("compared", r -> "/indicators/" + indicators[r.nextInt(indicators.length)] + "/compared");
        // a recommendation's page (its actions with their statuses today) and the plan's action
        // table filtered by RAG, priority or due date, as a manager narrows it down
        String[] recommendations = targets.getProperty("recommendations").split(",");
        pages.put("recommendation", r -> {
            String[] planAndRec = recommendations[r.nextInt(recommendations.length)].split(":");
            return "/plans/" + planAndRec[0] + "/recommendations/" + planAndRec[1];
        });
        String[] filters = {"rag=RED", "rag=AMBER&priority=HIGH", "priority=LOW", "dueFrom=" + today.minusMonths(6) + "&dueTo=" + today,
            "rag=GREEN&dueFrom=" + today};
        pages.put("action-list", r -> "/plans/" + plans[r.nextInt(plans.length)] + "/actions?" + filters[r.nextInt(filters.length)]);
        Map<String, Visit> visits = new LinkedHashMap<>();
        pages.forEach((name, path) -> visits.put(name, (user, browser, random) -> browser.load(path.apply(random)) == 200));
        // a progress update saved: the action page's form posted (with its CSRF token and the
        // action's version), then the action page it redirects to, timed together; each user
        // updates an action of their own, so no two posts meet. Last: it changes the plans.
        visits.put("progress-post", new ProgressPost(actions, today));
        String only = System.getenv("BENCH_PAGES");
        if (only != null && !only.isBlank()) {
            visits.keySet().retainAll(Arrays.asList(only.split(",")));
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
        // as a server that has been running: each page asked for by the most users before any is
        // timed, so that the first page timed does not pay for compiling what every page runs
        int warmUp = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "5"));
        for (Map.Entry<String, Visit> page : visits.entrySet()) {
            if (warmUp > 0) {
                run(peopleFor(page.getKey(), leads, advisers, managers).subList(0, most), page.getValue(), warmUp, new Latencies());
            }
        }
        System.out.println(Latencies.header());
        for (Map.Entry<String, Visit> page : visits.entrySet()) {
            List<Browser> people = peopleFor(page.getKey(), leads, advisers, managers);
            for (int users : levels) {
                run(people.subList(0, users), page.getValue(), Math.min(3, seconds), new Latencies());
                Latencies measured = new Latencies();
                long driver = ProcessHandle.current().pid();
                long appBefore = AppCpu.millis(appPid);
                long driverBefore = AppCpu.millis(driver);
                long databaseBefore = AppCpu.databaseMillis();
                long began = System.currentTimeMillis();
                run(people.subList(0, users), page.getValue(), seconds, measured);
                Windows.record(page.getKey(), users, began, System.currentTimeMillis());
                System.out.println(measured.line(page.getKey(), users, seconds, difference(AppCpu.millis(appPid), appBefore),
                        difference(AppCpu.millis(driver), driverBefore), difference(AppCpu.databaseMillis(), databaseBefore)));
            }
        }
        if (only == null || only.isBlank() || Arrays.asList(only.split(",")).contains("packs")) {
            Browser large = new Browser(client, base).signIn(targets.getProperty("large.council") + "-manager", password);
            try {
                new ReportTimings(managers.get(0), plans[0], large, Long.parseLong(targets.getProperty("large.plan")), appPid).print();
            } catch (java.io.IOException e) {
                System.out.println("report packs stopped: " + e);
            }
        }
        client.executor().ifPresent(e -> ((ExecutorService) e).shutdownNow());
        System.exit(0);
    }

    /** Who asks for the page: the action leads their own actions, an adviser the national view, managers the rest. */
    private static List<Browser> peopleFor(String page, List<Browser> leads, List<Browser> advisers, List<Browser> managers) {
        return page.equals("my-actions") ? leads : page.startsWith("overview") || page.equals("compared") ? advisers : managers;
    }

    /** One timed request (or a request and the one it leads to) by one simulated user: true if it succeeded. */
    interface Visit {
        boolean visit(int user, Browser browser, Random random) throws Exception;
    }

    /** Posts a progress update on the user's own action and reads the action page it redirects to. */
    private static final class ProgressPost implements Visit {
        private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"");
        private final long[] actions;
        private final LocalDate today;
        private final Map<Integer, String> versions = new java.util.concurrent.ConcurrentHashMap<>();

        ProgressPost(long[] actions, LocalDate today) {
            this.actions = actions;
            this.today = today;
        }

        @Override
        public boolean visit(int user, Browser browser, Random random) throws Exception {
            String page = "/actions/" + actions[user % actions.length];
            String version = versions.get(user);
            if (version == null) {
                version = version(browser.get(page).body());
            }
            var posted = browser.post(page + "/updates", Map.of("asAt", today.toString(), "text",
                    "Progress reported by the benchmark, update " + random.nextInt(1_000_000), "rag", "GREEN", "status", "IN_PROGRESS",
                    "version", version));
            String location = posted.headers().firstValue("Location").orElse("");
            if (posted.statusCode() != 302 || !location.endsWith(page)) {
                versions.remove(user);
                return false;
            }
            var shown = browser.get(page);
            String next = version(shown.body());
            if (next == null) {
                versions.remove(user);
            } else {
                versions.put(user, next);
            }
            return shown.statusCode() == 200 && next != null;
        }

        private static String version(String html) {
            var m = VERSION.matcher(html);
            return m.find() ? m.group(1) : null;
        }
    }

    private static void run(List<Browser> people, Visit visit, int seconds, Latencies latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < people.size(); u++) {
            Browser browser = people.get(u);
            Random random = new Random(u);
            int user = u;
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = visit.visit(user, browser, random);
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
