package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** An update round end to end in headless Chromium, with zero axe-core WCAG 2.2 AA violations on every page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:round-journey;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true"})
class RoundJourneyTest extends BrowserJourney {

    @Test
    void aLeadUpdatesAllTheirActionsFromOnePageAndTheManagerClosesTheRound() {
        page = chromium.newPage();
        signIn("lead");
        assertThat(page.url()).as("signing in lands on the home page").isEqualTo("http://localhost:" + port + "/");
        assertThat(page.locator(".app-home-rounds").textContent()).contains("You have updated ");
        navigateBy(page.locator("a[href*='/my-updates']").first());
        check();
        String roundPage = page.url();
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my updates")));
        check();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter progress for at least one action");

        int sections = page.locator("textarea").count();
        assertThat(sections).isGreaterThan(0);
        for (int i = 0; i < sections; i++) {
            page.locator("textarea").nth(i).fill("Progress recorded in the round for section " + (i + 1));
            page.locator("[id='entries" + i + ".rag']").check();
            page.locator("[id='entries" + i + ".status']").check();
        }
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my updates")));
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("have been saved");
        assertThat(page.locator(".govuk-tag", new Page.LocatorOptions().setHasText("Not updated")).count()).isZero();
        visit("/account/notifications");
        page.context().close();

        page = chromium.newPage();
        signIn("manager");
        assertThat(page.locator("main table").textContent()).containsPattern("\\d+ of \\d+ actions updated; ");
        navigateBy(page.locator("main table a").first());
        check();
        assertThat(page.locator("main").textContent()).contains("Who has updated").contains("lead");
        String closedRound = java.net.URI.create(page.url()).getPath();
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the round")));
        check();
        assertThat(page.locator("main").textContent()).contains("The round is closed", "Status as at");
        navigateBy(page.getByText("All update rounds"));
        check();
        visit("/");
        assertThat(page.locator("main a[href='" + closedRound + "']").count()).as("the closed round leaves the home page").isZero();
        page.context().close();

        page = chromium.newPage();
        signIn("viewer");
        assertThat(page.locator("main").textContent()).contains("Your notifications").doesNotContain("Open update rounds");
        page.context().close();

        page = chromium.newPage();
        signIn("admin");
        visit("/outbox");
        page.context().close();
        assertThat(violations).isEmpty();
    }
}
