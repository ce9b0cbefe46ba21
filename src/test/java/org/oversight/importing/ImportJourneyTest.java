package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.oversight.web.BrowserJourney;

/** A plan manager pastes a small table, checks the columns and the preview, and imports it, in headless Chromium with axe-core. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:import-journey;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true"})
class ImportJourneyTest extends BrowserJourney {
    static final String TABLE = "Ref\tRecommendation\tAction\tTimescale\tLead\n"
            + "1\tAnswer families quickly at the front door.\tPublish a plain guide to when to call\tJuly 2026\tHead of Early Help\n"
            + "1\t\tCall back every family within a day\tMonthly\tDuty Team Manager\n"
            + "2\tHear from children in every review.\tAsk each child before their review\tOngoing\t\n";


    @Test
    void aManagerPastesATableChecksThePreviewAndImportsIt() {
        page = chromium.newPage();
        try {
            signIn("manager");
            visit("/plans");
            navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import a plan")));
            check();
            page.getByLabel("Or paste the table").fill(TABLE);
            navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")));
            check();
            assertThat(page.locator("h1").textContent()).contains("Check what each column holds");
            navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to the preview")));
            check();
            String preview = page.locator("main").textContent();
            assertThat(preview).contains("Publish a plain guide to when to call", "Deadline 31 July 2026",
                    "Duty Team Manager", "Recurring, monthly", "MISSING_LEAD");
            navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the plan")));
            check();
            assertThat(page.locator(".govuk-notification-banner").textContent())
                    .contains("The plan has been imported: 2 recommendations and 3 actions");
            assertThat(violations).isEmpty();
        } finally {
            page.context().close();
        }
    }

    /**
     * Over the upload limit (oversight.import.max-size, 20 MB), the multipart parsing fails before
     * Spring Security can read the form's CSRF token: the person must still get the page that says
     * the file is too big, not a refusal or a stack trace.
     */
    @Test
    void aManagerWhoUploadsATooLargeFileIsToldTheLimit() {
        page = chromium.newPage();
        try {
            signIn("manager");
            visit("/imports/new");
            byte[] large = new byte[21 * 1024 * 1024];
            java.util.Arrays.fill(large, (byte) 'a');
            page.getByLabel("Upload the plan").setInputFiles(new FilePayload("plan.csv", "text/csv", large));
            Response response = page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Continue")).click());
            check();
            assertThat(response.status()).isEqualTo(413);
            assertThat(page.locator("main").textContent()).contains("The file you chose is too big",
                    "The file must be smaller than 20 MB.").doesNotContain("Exception");
            assertThat(violations).isEmpty();
        } finally {
            page.context().close();
        }
    }
}
