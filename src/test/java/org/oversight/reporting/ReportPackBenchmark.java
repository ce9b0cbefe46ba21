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
 * Not part of the normal run: {@code mvn -B test -Dexcluded.test.groups= -Dtest=ReportPackBenchmark}.
 */
@Tag("benchmark")
public class ReportPackBenchmark {

    @Test
    void pdfPackForThreeHundredActions() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ReportPackBenchmark.class.getName()).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = run.waitFor();
        output.lines().filter(l -> l.startsWith("Report pack benchmark") || l.contains("OutOfMemoryError"))
                .forEach(System.out::println);
        System.out.println("Report pack benchmark: the measuring JVM (-Xmx256m) exited with " + exit);
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        for (int i = 0; i < runs; i++) {
            measure();
        }
    }

    static void measure() {
        var engine = PackRendering.engine();
        PackRenderer renderer = new PackRenderer(engine);
        HtmlPack html = new HtmlPack(engine);
        ActionPlan plan = bigPlan();
        PackRequest request = new PackRequest("Children's Improvement Board", null, LocalDate.of(2027, 3, 31), "Benchmark", false);
        renderer.render(PackExamples.assembler().assemble(plan, request, Optional.empty()), ReportFormat.PDF);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processStart = process.getProcessCpuTime();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        ReportPack pack = PackExamples.assembler().assemble(plan, request, Optional.empty());
        long assembled = System.nanoTime();
        long cpuAssembled = threads.getCurrentThreadCpuTime();
        byte[] pdf = renderer.render(pack, ReportFormat.PDF);
        long rendered = System.nanoTime();
        long cpuRendered = threads.getCurrentThreadCpuTime();
        long processDone = process.getProcessCpuTime();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long xhtmlStart = threads.getCurrentThreadCpuTime();
        String xhtml = html.render(pack, true);
        long xhtmlDone = threads.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "Report pack benchmark: %d actions, %d updates, PDF of %d KB: %.0f ms elapsed "
                        + "(CPU: %.0f ms in the rendering thread: model %.0f ms, PDF %.0f ms of which XHTML %.0f ms; "
                        + "%.0f ms in all threads, with garbage collection); peak heap %d MB (max heap %d MB)%n",
                pack.actions().size(), plan.actions().stream().mapToInt(a -> a.getUpdates().size()).sum(),
                pdf.length / 1024, (rendered - start) / 1e6, (cpuRendered - cpuStart) / 1e6,
                (cpuAssembled - cpuStart) / 1e6, (cpuRendered - cpuAssembled) / 1e6, (xhtmlDone - xhtmlStart) / 1e6,
                (processDone - processStart) / 1e6, peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    static ActionPlan bigPlan() {
        Organisation council = new Organisation("Benchmark Borough Council", OrganisationKind.COUNCIL);
        Lead lead = new Lead(LeadKind.ROLE, "Head of Service", council);
        ActionPlan plan = new ActionPlan("Benchmark improvement plan", council, LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31));
        RagColour[] colours = {RagColour.GREEN, RagColour.AMBER, RagColour.RED};
        for (int w = 1; w <= 10; w++) {
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
