package org.oversight.importing.formats;

import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.importing.DocumentReader;
import org.oversight.importing.SourceDocument;

/**
 * Not part of the normal run: {@code mvn test -Dtest=ReadingBenchmark -Dexcluded.test.groups=}.
 * Makes a plan of 300 actions (about 50 pages) in each format and prints how long each reader takes
 * (target: under 3 seconds each). The PDF is converted from the Word file by LibreOffice, when installed.
 */
@Tag("benchmark")
class ReadingBenchmark {
    private static final int ACTIONS = 300;

    @Test
    void readsA300ActionPlanInEachFormat(@TempDir Path folder) throws Exception {
        // a generous time limit: a busy machine must slow the figures down, not stop the readings
        FormatLimits limits = new FormatLimits(null, null, Duration.ofMinutes(5));
        byte[] docx = docx();
        time("docx", new DocxReader(limits), docx);
        time("xlsx", new XlsxReader(limits), xlsx());
        time("csv", new CsvReader(limits), csv().getBytes(StandardCharsets.UTF_8));
        Path word = Files.write(folder.resolve("plan.docx"), docx);
        Process convert = new ProcessBuilder("soffice", "--headless", "--convert-to", "pdf", "--outdir",
                folder.toString(), word.toString()).inheritIO().start();
        if (convert.waitFor(5, TimeUnit.MINUTES) && Files.exists(folder.resolve("plan.pdf"))) {
            time("pdf", new PdfReader(limits), Files.readAllBytes(folder.resolve("plan.pdf")));
        } else {
            System.out.println("pdf: skipped, LibreOffice (soffice) could not convert the Word file");
        }
    }

    /**
     * The first reading (a fresh reader in a fresh JVM pays for class loading), then the median
     * of three after a warm-up; wall-clock time and the CPU time the process used, which a busy
     * machine inflates less.
     */
    private static void time(String format, DocumentReader reader, byte[] bytes) throws Exception {
        long[] first = measure(reader, bytes, format);
        measure(reader, bytes, format);
        long[][] runs = {measure(reader, bytes, format), measure(reader, bytes, format), measure(reader, bytes, format)};
        Arrays.sort(runs, Comparator.comparingLong(r -> r[0]));
        SourceDocument document = reader.read(new ByteArrayInputStream(bytes), "plan." + format);
        int rows = document.tables().stream().mapToInt(t -> t.rows().size()).sum();
        System.out.printf("%s: %d KB, %d tables, %d rows; first read %d ms (CPU %d ms), then %d ms (CPU %d ms)%n", format,
                bytes.length / 1024, document.tables().size(), rows, first[0], first[1], runs[1][0], runs[1][1]);
    }

    private static long[] measure(DocumentReader reader, byte[] bytes, String format) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        reader.read(new ByteArrayInputStream(bytes), "plan." + format);
        return new long[]{(System.nanoTime() - start) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000};
    }

    private static String[] action(int i) {
        return new String[]{String.valueOf(i / 10 + 1), "Recommendation " + (i / 10 + 1) + ": improve the quality of practice in area " + i,
                (i / 10 + 1) + "." + (i % 10 + 1) + " Carry out the agreed work for area " + i
                        + " and report the findings to the improvement board each quarter.\nOutcome: children in area " + i
                        + " receive a timely service.", "Head of Service " + (i % 7), "By March 2027"};
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(ACTIONS + 1, 5);
            WordFixtures.header(table.getRow(0));
            for (int i = 0; i < ACTIONS; i++) {
                WordFixtures.fill(table.getRow(i + 1), action(i));
            }
            return WordFixtures.bytes(document);
        }
    }

    private static byte[] xlsx() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Actions");
            for (int i = 0; i <= ACTIONS; i++) {
                String[] values = i == 0 ? WordFixtures.HEADER.toArray(String[]::new) : action(i - 1);
                XSSFRow row = sheet.createRow(i);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String csv() {
        StringBuilder csv = new StringBuilder(String.join(",", WordFixtures.HEADER)).append("\r\n");
        for (int i = 0; i < ACTIONS; i++) {
            for (String value : action(i)) {
                csv.append('"').append(value.replace("\"", "\"\"")).append("\",");
            }
            csv.setLength(csv.length() - 1);
            csv.append("\r\n");
        }
        return csv.toString();
    }
}
