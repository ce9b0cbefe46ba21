package org.oversight.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.testing.SignedInClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not part of the normal run: {@code mvn test -Dtest=PdfImportOverHttpBenchmark -Dexcluded.test.groups=}. A plan
 * manager uploads the 25-page PDF plan of {@link PdfPlanBenchmark} to the running application through the
 * import form, over real HTTP, keeps the columns it guessed and reads the preview; prints the time from
 * sending the file to having the preview (target: under 3 seconds) and the processor time the whole process used for it.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:pdf-import-benchmark;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true",
        "oversight.import.max-size=50MB"})
class PdfImportOverHttpBenchmark {
    private static final int RUNS = 5;

    @LocalServerPort
    int port;

    @Test
    void importsA25PagePdfPlanInTheRunningApplication(@TempDir Path folder) throws Exception {
        byte[] pdf = PdfPlanBenchmark.pdf(folder, 115);
        if (pdf == null) {
            System.out.println("skipped: LibreOffice (soffice) could not convert the Word file");
            return;
        }
        SignedInClient browser = new SignedInClient(port);
        assertThat(browser.signIn("manager").statusCode()).isEqualTo(302);
        preview(browser, pdf);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Long> millis = new ArrayList<>();
        long cpu = os.getProcessCpuTime();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            String page = preview(browser, pdf);
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(Jsoup.parse(page).text()).contains("115 recommendations and 345 actions");
        }
        long cpuMillis = (os.getProcessCpuTime() - cpu) / 1_000_000 / RUNS;
        Collections.sort(millis);
        System.out.printf("PDF plan imported in the running application (upload to preview, %d KB): median %d ms, "
                + "max %d ms over %d runs; %d ms of processor time each (target: under 3 s)%n", pdf.length / 1024,
                millis.get(RUNS / 2), millis.get(RUNS - 1), RUNS, cpuMillis);
    }

    /**
     * Uploads the plan on the import form, takes the columns as the application guessed them on
     * the page it shows next, and continues to the preview, as a person does.
     */
    private static String preview(SignedInClient browser, byte[] pdf) throws Exception {
        String mapping = followed(browser, browser.upload("/imports/new", "plan.pdf", "application/pdf", pdf));
        return followed(browser, browser.submit(mapping, "/imports/mapping"));
    }

    private static String followed(SignedInClient browser, HttpResponse<String> response) throws Exception {
        for (int hops = 0; response.statusCode() == 302 && hops < 3; hops++) {
            response = browser.get(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
