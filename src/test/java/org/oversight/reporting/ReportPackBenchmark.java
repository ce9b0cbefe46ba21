package org.oversight.reporting;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.ActionStatus;
import org.oversight.plan.ActionTimescale;
import org.oversight.plan.Lead;
import org.oversight.plan.LeadKind;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.ProgressReport;
import org.oversight.plan.RagColour;
import org.oversight.plan.Recommendation;
import org.oversight.plan.Responsibility;
import org.oversight.plan.Workstream;
import org.oversight.reporting.internal.HtmlPack;
import org.oversight.reporting.internal.PackRenderer;
import org.oversight.timescale.TimescaleKind;

/**
 * Benchmark, not a test: prints the time and peak heap to build and render the PDF pack for a
 * plan of 300 actions (10 workstreams, 60 recommendations) with two years of monthly updates on
 * each, phase by phase. Target: under 2 seconds and under 256 MB of heap, so the measuring run
 * happens in a JVM of its own given a 256 MB heap. It renders once to warm up, then measures the
 * next run and prints the elapsed time and the CPU time (the two differ on a busy machine).
 * Also, each in a 512 MB heap as the application runs: the same plan with 200 indicator trend
 * charts as PDF, Word and Excel, and a plan of 3,000 actions with 200 charts as PDF.
 * Not part of the normal run: {@code mvn -B test -Dexcluded.test.groups= -Dtest=ReportPackBenchmark}.
 */
@Tag("benchmark")
public class ReportPackBenchmark {

    @Test
    void pdfPackForThreeHundredActions() throws Exception {
        inItsOwnJvm("256m", "1", "10", "0", "PDF");
    }

    @Test
    void packsForThreeHundredActionsWithTwoHundredCharts() throws Exception {
        for (String format : new String[] {"PDF", "DOCX", "XLSX"}) {
            inItsOwnJvm("512m", "2", "10", "200", format);
        }
    }

    @Test
    void pdfPackForThreeThousandActionsWithTwoHundredCharts() throws Exception {
        inItsOwnJvm("512m", "1", "100", "200", "PDF");
    }

    private static void inItsOwnJvm(String heap, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                ReportPackBenchmark.class.getName()));
        command.addAll(List.of(args));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = run.waitFor();
        output.lines().filter(l -> l.startsWith("Report pack benchmark") || l.contains("OutOfMemoryError"))
                .forEach(System.out::println);
        System.out.println("Report pack benchmark: the measuring JVM (-Xmx" + heap + ") exited with " + exit);
    }

    /** Arguments: runs measured, workstreams of 30 actions, indicators with a trend chart, format. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int workstreams = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int indicators = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        ReportFormat format = args.length > 3 ? ReportFormat.valueOf(args[3]) : ReportFormat.PDF;
        for (int i = 0; i < runs; i++) {
            measure(workstreams, indicators, format);
        }
    }

    static void measure(int workstreams, int indicatorCount, ReportFormat format) {
        var engine = PackRendering.engine();
        PackRenderer renderer = new PackRenderer(engine);
        HtmlPack html = new HtmlPack(engine);
        ActionPlan plan = bigPlan(workstreams);
        PackRequest request = new PackRequest("Children's Improvement Board", null, LocalDate.of(2027, 3, 31), "Benchmark", false);
        List<IndicatorRow> rows = indicators(indicatorCount);
        var assembler = new org.oversight.reporting.internal.PackAssembler(new org.oversight.plan.PlanAssessor(),
                List.of(PackExamples.FOLLOW_UPS), List.of((planId, asAt) -> rows), PackExamples.CLOCK);
        renderer.render(assembler.assemble(plan, request, Optional.empty()), format);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processStart = process.getProcessCpuTime();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        ReportPack pack = assembler.assemble(plan, request, Optional.empty());
        long assembled = System.nanoTime();
        long cpuAssembled = threads.getCurrentThreadCpuTime();
        byte[] pdf = renderer.render(pack, format);
        long rendered = System.nanoTime();
        long cpuRendered = threads.getCurrentThreadCpuTime();
        long processDone = process.getProcessCpuTime();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long xhtmlStart = threads.getCurrentThreadCpuTime();
        String xhtml = html.render(pack, true);
        long xhtmlDone = threads.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "Report pack benchmark: %d actions, %d updates, %d charts, %s of %d KB: %.0f ms elapsed "
                        + "(CPU: %.0f ms in the rendering thread: model %.0f ms, file %.0f ms (the PDF's XHTML alone %.0f ms); "
                        + "%.0f ms in all threads, with garbage collection); peak heap %d MB (max heap %d MB)%n",
                pack.actions().size(), plan.actions().stream().mapToInt(a -> a.getUpdates().size()).sum(),
                indicatorCount, format, pdf.length / 1024, (rendered - start) / 1e6, (cpuRendered - cpuStart) / 1e6,
                (cpuAssembled - cpuStart) / 1e6, (cpuRendered - cpuAssembled) / 1e6, (xhtmlDone - xhtmlStart) / 1e6,
                (processDone - processStart) / 1e6, peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Indicators with a trend chart each, as the indicator feature draws them: a line, a dashed target, a dot. */
    static List<IndicatorRow> indicators(int count) {
        List<IndicatorRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            int points = i % 2 == 0 ? 20 : 60;
            StringBuilder line = new StringBuilder();
            for (int p = 0; p < points; p++) {
                line.append(p == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", 3 + p * 114.0 / (points - 1),
                        3 + 24 * (0.5 + 0.5 * Math.sin((i + p) / 3.0))));
            }
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"30\" viewBox=\"0 0 120 30\">"
                    + "<line x1=\"0\" y1=\"12.0\" x2=\"120\" y2=\"12.0\" stroke=\"#00703c\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>"
                    + "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\"/>"
                    + "<circle cx=\"117.0\" cy=\"15.0\" r=\"2.5\" fill=\"#1d70b8\"/></svg>";
            rows.add(new IndicatorRow(String.format(Locale.ROOT, "BM %03d", i), "Benchmark indicator " + i + " of the plan's outcomes",
                    "2026/27 Q3", "78.0%", "90.0%", "England 82.0%; statistical neighbours 80.5%", "Higher is better",
                    "Improving each quarter since the designated nurse joined", svg,
                    "Trend over " + points + " periods: from 52% to 78%, rising; target 90%", false));
        }
        return rows;
    }

    static ActionPlan bigPlan() {
        return bigPlan(10);
    }

    static ActionPlan bigPlan(int workstreams) {
        Organisation council = new Organisation("Benchmark Borough Council", OrganisationKind.COUNCIL);
        Lead lead = new Lead(LeadKind.ROLE, "Head of Service", council);
        ActionPlan plan = new ActionPlan("Benchmark improvement plan", council, LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31));
        RagColour[] colours = {RagColour.GREEN, RagColour.AMBER, RagColour.RED};
        for (int w = 1; w <= workstreams; w++) {
            Workstream ws = plan.addWorkstream(String.valueOf(w), "Workstream " + w, lead, "Aim " + w);
            for (int r = 1; r <= 6; r++) {
                Recommendation rec = plan.addRecommendation(w + "." + r, "Recommendation " + w + "." + r
                        + ": improve the quality and timeliness of practice", Responsibility.OURS);
                rec.placeIn(ws);
                for (int a = 1; a <= 5; a++) {
                    Action action = rec.addAction(w + "." + r + "." + a, "Action " + a + " of recommendation " + w + "." + r
                            + ": audit, report and improve practice with partners each month");
                    action.setTimescale(new ActionTimescale("March 2027", TimescaleKind.DATE, null, null), LocalDate.of(2027, 3, 31));
                    action.ledBy(List.of(lead));
                    for (int m = 0; m < 24; m++) {
                        LocalDate asAt = LocalDate.of(2025, 4, 28).plusMonths(m);
                        action.recordProgress(new ProgressReport(asAt, "Month " + (m + 1) + ": audits completed, findings shared with team managers and "
                                + "actions agreed; quality of plans improving", colours[(a + m) % 3], ActionStatus.IN_PROGRESS, List.of()),
                                "Head of Service", asAt.atTime(12, 0).toInstant(ZoneOffset.UTC));
                    }
                }
            }
        }
        return plan;
    }

}
