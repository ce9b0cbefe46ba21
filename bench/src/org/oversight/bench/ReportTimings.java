package org.oversight.bench;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

/**
 * Times board report packs: a draft of a 300-action plan with 200 indicator charts in each
 * format, three times each, a draft PDF of a 3,000-action plan, then issuing the first plan's
 * pack (kept in every format). Prints each time and the application's processor time per draft.
 */
final class ReportTimings {
    private static final int RUNS = 3;
    private final Browser manager;
    private final long plan;
    private final Browser largeManager;
    private final long largePlan;
    private final long appPid;

    ReportTimings(Browser manager, long plan, Browser largeManager, long largePlan, long appPid) {
        this.manager = manager;
        this.plan = plan;
        this.largeManager = largeManager;
        this.largePlan = largePlan;
        this.appPid = appPid;
    }

    void print() throws Exception {
        System.out.println();
        System.out.println("| report pack | run 1 ms | run 2 ms | run 3 ms | CPU ms/pack: app | bytes |");
        System.out.println("|-------------|--------:|--------:|--------:|--------:|------:|");
        String asAt = LocalDate.now().withDayOfMonth(1).minusDays(1).toString();
        for (String format : new String[] {"html", "pdf", "docx", "xlsx"}) {
            draft("300 actions, 200 charts: draft " + format, manager, plan, asAt, format);
        }
        draft("3,000 actions, 200 charts: draft pdf", largeManager, largePlan, asAt, "pdf");
        StringBuilder line = new StringBuilder("| 300 actions: issue (all formats) ");
        long cpu = AppCpu.millis(appPid);
        HttpResponse<String> r = manager.post("/plans/" + plan + "/reports", Map.of("board", "Improvement board",
                "meeting", "Benchmark", "asAt", asAt, "fileFormat", "pdf"));
        line.append(String.format("| %s | | ", r.statusCode() == 302 ? "" : " (" + r.statusCode() + ")"));
        System.out.println(line + "| " + (AppCpu.millis(appPid) - cpu) + " | |");
    }

    private void draft(String name, Browser browser, long planId, String asAt, String format) throws Exception {
        StringBuilder line = new StringBuilder("| " + name + " ");
        int bytes = 0;
        long cpu = AppCpu.millis(appPid);
        long began = System.currentTimeMillis();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> r = browser.getBytes("/plans/" + planId + "/reports/draft?board=Improvement+board&meeting=Benchmark"
                        + "&asAt=" + asAt + "&fileFormat=" + format);
                double took = (System.nanoTime() - start) / 1e6;
                line.append(String.format("| %.0f%s ", took, r.statusCode() == 200 ? "" : " (" + r.statusCode() + ")"));
                bytes = r.body().length;
                if (r.statusCode() != 200 || took > 60_000) {
                    // a pack that failed (an application out of memory answers 500) or took over a minute: not asked for again
                    line.append("| ".repeat(RUNS - 1 - run));
                    break;
                }
            } catch (java.net.http.HttpTimeoutException e) {
                // a pack that takes more than the driver's five minutes: say so, and time no more of them
                System.out.println(line + "| more than 5 minutes | | | | |");
                return;
            }
        }
        Windows.record(name, 1, began, System.currentTimeMillis());
        long used = AppCpu.millis(appPid) - cpu;
        System.out.println(line + "| " + (appPid < 0 ? "" : used / RUNS) + " | " + bytes + " |");
    }
}
