package org.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.oversight.web.BrowserJourney;

/**
 * A board report end to end in headless Chromium: a plan manager chooses the plan, board, date and
 * format, previews the pack, issues it, sees it listed with its audit trail and downloads it.
 * Every page visited, the pack's own HTML included, has zero axe-core WCAG 2.2 AA violations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:report-journey;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true"})
class ReportJourneyTest extends BrowserJourney {
    private static final String BOARD = "Improvement Journey Board";
    // issuing renders every format of the pack, which takes a while on a busy machine

    @Test
    void aPlanManagerPreviewsIssuesAndDownloadsABoardReport() throws Exception {
        page = chromium.newPage();
        page.setDefaultTimeout(180_000);
        page.setDefaultNavigationTimeout(180_000);
        signIn("manager");
        visit("/plans");
        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Improvement plan following the Ofsted inspection").setExact(false)));
        check();
        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Board reports")));
        check();
        String reports = page.url();

        choose("2026-03-31", "Web page (HTML)");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview or download a draft")));
        check();
        assertThat(page.locator("h1").textContent()).startsWith("Improvement plan following the Ofsted inspection");
        assertThat(page.locator("body").textContent()).contains("Progress report to " + BOARD, "4. All actions");

        page.navigate(reports);
        check();
        choose("2026-03-31", "PDF, tagged for accessibility");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue to the board")));
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("issued and kept as issued");
        assertThat(page.locator("table").last().textContent()).contains(BOARD, "31 March 2026", "by manager");

        navigateBy(page.getByText("See what was issued and its audit trail"));
        check();
        assertThat(page.locator("main").textContent()).contains("Audit trail", "Issued report", BOARD, "SHA-256");
        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF, tagged for accessibility")).click());
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Web page (HTML)")));
        check();
        assertThat(page.locator("body").textContent()).contains("Progress report to " + BOARD);
        page.context().close();
        assertThat(violations).isEmpty();
    }

    private void choose(String asAt, String format) {
        page.getByLabel("Board", new Page.GetByLabelOptions().setExact(true)).fill(BOARD);
        page.getByLabel("Meeting (optional)").fill(BOARD + ", 20 April 2026");
        page.getByLabel("Progress as at").fill(asAt);
        page.getByLabel(format).check();
    }
}
