package org.oversight.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.oversight.web.BrowserJourney;

/**
 * The indicator pages in headless Chromium with the demo, and the axe-core WCAG 2.2 AA checks
 * on every page visited. Same application settings as the plan journeys, so the context is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-journeys;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true"})
class IndicatorJourneyTest extends BrowserJourney {


    @BeforeEach
    void openPage() {
        page = chromium.newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void theHealthLeadFindsTheMisstatedPercentageAndAcceptsItWithAReason() {
        signIn("nhslead");
        visit("/indicators");
        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("LAC 1:").setExact(false)));
        check();
        assertThat(page.locator("svg[role=img]").first().getAttribute("aria-labelledby")).isNotBlank();
        assertThat(page.locator("#warnings ~ .govuk-summary-card").first().textContent()).contains("PERCENT_MISMATCH");

        navigateBy(page.getByText("Correct the figures instead").first());
        check();
        page.goBack();
        page.locator("#warnings ~ .govuk-summary-card input[name=reason]").first()
                .fill("Published before two late returns were counted; corrected in the next report");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept this warning")).first());
        check();

        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("PERCENT_MISMATCH warning");
        assertThat(page.locator("#warnings + p").textContent()).isEqualTo("The figures pass every check.");
        visit("/indicators/enter");
        assertThat(violations).isEmpty();
    }

    @Test
    void theManagersIndicatorPagesPassTheAccessibilityChecks() {
        signIn("manager");
        visit("/indicators");
        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("LAC 5:").setExact(false)));
        check();
        assertThat(page.locator("svg[role=img]").count()).isEqualTo(2);
        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("LAC 5a:").setExact(false)));
        check();
        navigateBy(page.locator("a#edit-definition"));
        check();
        assertThat(page.locator("h1").textContent()).isEqualTo("Edit the indicator's definition");
        page.getByLabel("Title").fill("");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the definition")));
        check();
        assertThat(page.title()).startsWith("Error: ");
        page.getByLabel("Title").fill("Placed within the borough");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the definition")));
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("definition has been saved");
        visit("/indicators/import");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")));
        check();
        assertThat(page.title()).startsWith("Error: ");
        visit("/plans");
        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Improvement plan following the Ofsted inspection").setExact(false)));
        navigateBy(page.getByText("All actions, with filters"));
        navigateBy(page.locator("a", new Page.LocatorOptions().setHasText("3.1")).first());
        check();
        assertThat(page.locator(".app-linked-indicators").textContent()).contains("LAC 1");
        navigateBy(page.locator("a#link-an-indicator"));
        check();
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link the indicator")));
        check();
        assertThat(page.title()).startsWith("Error: ");
        assertThat(violations).isEmpty();
    }
}
