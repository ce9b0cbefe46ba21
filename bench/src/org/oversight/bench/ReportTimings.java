package org.oversight.bench;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

/** Times a board report pack for one plan: a draft in each format, then issuing the pack (kept in every format). */
final class ReportTimings {
    private final Browser manager;
    private final long plan;

    ReportTimings(Browser manager, long plan) {
        this.manager = manager;
        this.plan = plan;
    }

    void print() throws Exception {
        System.out.println();
        System.out.println("| report pack | run 1 ms | run 2 ms | run 3 ms | bytes |");
        System.out.println("|-------------|--------:|--------:|--------:|------:|");
        String asAt = LocalDate.now().withDayOfMonth(1).minusDays(1).toString();
        for (String format : new String[] {"html", "pdf", "docx", "xlsx"}) {
            StringBuilder line = new StringBuilder("| draft " + format + " ");
            int bytes = 0;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                HttpResponse<String> r = manager.get("/plans/" + plan + "/reports/draft?board=Improvement+board&meeting=Benchmark"
                        + "&asAt=" + asAt + "&fileFormat=" + format);
                line.append(String.format("| %.0f%s ", (System.nanoTime() - start) / 1e6, r.statusCode() == 200 ? "" : " (" + r.statusCode() + ")"));
                bytes = r.body().length();
            }
            System.out.println(line + "| " + bytes + " |");
        }
        StringBuilder line = new StringBuilder("| issue (all formats) ");
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            HttpResponse<String> r = manager.post("/plans/" + plan + "/reports", Map.of("board", "Improvement board",
                    "meeting", "Benchmark " + run, "asAt", asAt, "fileFormat", "pdf"));
            line.append(String.format("| %.0f%s ", (System.nanoTime() - start) / 1e6, r.statusCode() == 302 ? "" : " (" + r.statusCode() + ")"));
        }
        System.out.println(line + "| |");
    }
}
