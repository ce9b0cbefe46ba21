package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Real journeys in headless Chromium against the running application with its demo, and the
 * axe-core WCAG 2.2 AA checks on every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-journeys;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true"})
class BrowserJourneyTest extends BrowserJourney {


    @BeforeEach
    void openPage() {
        page = chromium.newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void aLeadPostsAnUpdateThatTurnsAnActionGreenAndTheDashboardChanges() {
        visit("/plans");
        navigateBy(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Improvement plan following the Ofsted inspection").setExact(false)));
        check();
        String dashboard = page.url();
        int greenBefore = legendCount("Green");
        int amberBefore = legendCount("Amber");

        signIn("lead");
        visit("/my-actions");
        navigateBy(page.locator("a", new Page.LocatorOptions().setHasText("6.3")).first());
        check();
        assertThat(statusTag().textContent()).contains("Amber");

        page.getByLabel("What has happened since the last update?").fill(
                "Dip sample of 40 files found management oversight recorded at every key decision point in 36 (90%).");
        page.locator("label", new Page.LocatorOptions().setHasText("Green")).first().click();
        page.locator("label", new Page.LocatorOptions().setHasText("In progress")).first().click();
        navigateBy(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Save update")));
        check();

        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Your update on action 6.3 has been saved");
        assertThat(statusTag().textContent()).contains("Green");

        page.navigate(dashboard);
        check();
        assertThat(legendCount("Green")).isEqualTo(greenBefore + 1);
        assertThat(legendCount("Amber")).isEqualTo(amberBefore - 1);
        assertThat(violations).isEmpty();
    }

    @Test
    void aLeadWhoLeavesTheUpdateEmptySeesTheErrorSummaryAndNothingIsSaved() {
        signIn("lead");
        visit("/my-actions");
        navigateBy(page.locator("a", new Page.LocatorOptions().setHasText("6.3")).first());
        check();
        int updatesBefore = progressRows();
        navigateBy(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Save update")));
        check();

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("Enter what progress has been made", "Select the RAG status", "Select where the action stands");
        assertThat(updatesBefore).isGreaterThan(0);
        assertThat(progressRows()).isEqualTo(updatesBefore);
        assertThat(violations).isEmpty();
    }

    @Test
    void theManagersPagesAndFormsPassTheAccessibilityChecks() {
        signIn("manager");
        visit("/plans");
        navigateBy(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Improvement plan following the Ofsted inspection").setExact(false)));
        check();
        navigateBy(page.getByText("All actions, with filters"));
        check();
        navigateBy(page.locator("a", new Page.LocatorOptions().setHasText("2.2")).first());
        check();
        navigateBy(page.getByText("Edit the action's details"));
        check();
        visit("/plans/new");
        visit("/accounts");
        assertThat(violations).isEmpty();
    }

    @Test
    void anAdministratorOfTheWholeInstanceSeesEachAccountsOrganisationAndChoosesANewOnes() {
        signIn("admin");
        visit("/accounts");
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText("neighbour")).textContent())
                .contains("Ashcombe Borough Council");
        visit("/accounts/new");
        assertThat(page.locator("select#organisationId option").allTextContents())
                .startsWith("None: the whole instance").contains("Kingsmead Borough Council", "Ashcombe Borough Council");
        assertThat(violations).isEmpty();
    }

    @Test
    void theAccessibilityCheckReportsAPageThatBreaksTheRules() {
        page.setContent("<!DOCTYPE html><html><head><title>Broken</title></head><body>"
                + "<img src='chart.png'><input type='text'></body></html>");

        assertThat(HeadlessChromium.accessibilityViolations(page))
                .anyMatch(v -> v.startsWith("image-alt")).anyMatch(v -> v.startsWith("label"));
    }

    private int progressRows() {
        return page.locator("h2:has-text('Progress updates') + table tbody tr").count();
    }

    private Locator statusTag() {
        return page.locator("h2:has-text('Status') + p .govuk-tag");
    }

    private int legendCount(String colour) {
        Locator row = page.locator("table:has(caption:has-text('What the colours mean')) tbody tr")
                .filter(new Locator.FilterOptions().setHasText(colour));
        return Integer.parseInt(row.locator("td").last().textContent().strip());
    }
}
