package org.oversight.reporting;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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
import org.oversight.reporting.internal.PackRenderer;
import org.oversight.timescale.TimescaleKind;

/**
 * Benchmark, not a test: the time and peak heap to build and render the PDF pack for a plan of
 * 300 actions (10 workstreams, 60 recommendations) with two years of monthly updates on each.
 * Target: under 2 seconds and under 256 MB of heap. Run after {@code mvn -q test-compile}:
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.oversight.reporting.ReportPackBenchmark
 * </pre>
 * It renders once to warm up (or as often as the first argument says), then reports the next run.
 */
public final class ReportPackBenchmark {
    private ReportPackBenchmark() {
    }

    public static void main(String[] args) {
        PackRenderer renderer = PackRendering.renderer();
        ActionPlan plan = bigPlan();
        PackRequest request = new PackRequest("Children's Improvement Board", null, LocalDate.of(2027, 3, 31), "Benchmark", false);
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        for (int i = 0; i < warmUps; i++) {
            renderer.render(PackExamples.assembler().assemble(plan, request, Optional.empty()), ReportFormat.PDF);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ReportPack pack = PackExamples.assembler().assemble(plan, request, Optional.empty());
        long assembled = (System.nanoTime() - start) / 1_000_000;
        byte[] pdf = renderer.render(pack, ReportFormat.PDF);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("Model built in %d ms%n", assembled);
        System.out.printf("PDF pack for %d actions, %d updates: %d ms, peak heap %d MB (max heap %d MB), %d KB%n",
                pack.actions().size(), plan.actions().stream().mapToInt(a -> a.getUpdates().size()).sum(), millis,
                peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024), pdf.length / 1024);
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
