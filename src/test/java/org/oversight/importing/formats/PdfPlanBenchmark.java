package org.oversight.importing.formats;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.importing.ImportOptions;
import org.oversight.importing.PlanReading;
import org.oversight.importing.PlanUnderstanding;
import org.oversight.timescale.DateReader;
import org.oversight.timescale.TimescaleReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not part of the normal run: {@code mvn test -Dtest=PdfPlanBenchmark -Dexcluded.test.groups=}. Lays out a plan in the
 * corpus's commonest layout (a headless number column, merged recommendation cells, a RAG column) long enough for
 * about 25 and about 100 pages, has LibreOffice make the PDFs, and prints for each the time to read and understand
 * it (target: under 3 seconds for 25 pages) and the peak heap the reading used (target: under 200 MB for 100 pages).
 */
@Tag("benchmark")
class PdfPlanBenchmark {
    private final PdfReader reader = new PdfReader(new FormatLimits(null, null, Duration.ofMinutes(5)));
    private final PlanUnderstanding understanding = new PlanUnderstanding(new TimescaleReader(), new DateReader());

    @Test
    void readsA25PageAndA100PagePdfPlan(@TempDir Path folder) throws Exception {
        for (int recommendations : new int[] {115, 460}) {
            byte[] bytes = pdf(folder, recommendations);
            if (bytes == null) {
                System.out.println("skipped: LibreOffice (soffice) could not convert the Word file");
                return;
            }
            int pages;
            try (var document = Loader.loadPDF(bytes)) {
                pages = document.getNumberOfPages();
            }
            read(bytes);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            PlanReading reading = read(bytes);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (os.getProcessCpuTime() - cpu) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("%d pages, %d KB: %d recommendations and %d actions read in %d ms (CPU %d ms, after one warm-up"
                            + " reading); peak heap %d MB%n", pages, bytes.length / 1024, reading.plan().recommendations().size(),
                    reading.plan().actionCount(), millis, cpuMillis, peak >> 20);
        }
    }

    private PlanReading read(byte[] bytes) throws Exception {
        return understanding.read(reader.read(new ByteArrayInputStream(bytes), "plan.pdf"), ImportOptions.none());
    }

    /**
     * The benchmark's plan of this many recommendations (three actions each; 115 make about 25
     * pages) as the PDF LibreOffice makes from its Word file, or null when LibreOffice cannot.
     */
    static byte[] pdf(Path folder, int recommendations) throws Exception {
        Path word = folder.resolve("plan-" + recommendations + ".docx");
        JsonNode plan = plan(recommendations);
        Files.write(word, CorpusWriter.docx(plan, CorpusWriter.Grid.of(plan)));
        Process convert = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + folder.resolve("profile"),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), word.toString()).inheritIO().start();
        Path pdf = folder.resolve("plan-" + recommendations + ".pdf");
        return convert.waitFor(10, TimeUnit.MINUTES) && Files.exists(pdf) ? Files.readAllBytes(pdf) : null;
    }

    private static JsonNode plan(int recommendations) {
        StringBuilder recs = new StringBuilder();
        String[] rags = {"GREEN", "AMBER", "RED"};
        for (int r = 1; r <= recommendations; r++) {
            StringBuilder actions = new StringBuilder();
            for (int a = 1; a <= 3; a++) {
                actions.append(a > 1 ? "," : "").append("{\"text\":\"Carry out the agreed work in area ").append(r)
                        .append(" and report what changed to the improvement board.\",\"lead\":\"Head of Service ").append(a)
                        .append("\",\"timescale\":\"December 2026\",\"progress\":\"Work started; the first findings go to the")
                        .append(" board in the autumn.\",\"rag\":\"").append(rags[(r + a) % 3]).append("\"}");
            }
            recs.append(r > 1 ? "," : "").append("{\"label\":\"").append(r).append("\",\"number\":\"").append(r)
                    .append("\",\"text\":\"Improve the quality of practice in area ").append(r).append(".\",\"actions\":[")
                    .append(actions).append("]}");
        }
        String json = "{\"title\":\"Benchmark Council: Improvement Plan, April 2026 - March 2027\",\"intro\":[],"
                + "\"layout\":{\"header\":[\"\",\"Recommendation\",\"Action\",\"Lead\",\"Timescale\",\"Progress as at 30"
                + " September 2026\",\"RAG\"],\"columns\":[\"number\",\"recommendation\",\"action\",\"lead\",\"timescale\","
                + "\"progress\",\"rag\"],\"merge\":\"vertical\",\"rag\":\"word\"},\"recommendations\":[" + recs + "]}";
        return JsonMapper.builder().build().readTree(json);
    }
}
