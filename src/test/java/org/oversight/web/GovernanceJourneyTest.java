package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The governance journeys in headless Chromium (sharing the browser journeys' application):
 * a clerk records a minuted item, closes a follow-up on evidence, adds, moves and removes a work
 * programme item and records a sign-off, and anyone reads the public page; axe-core WCAG 2.2 AA
 * checks on every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-journeys;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true"})
class GovernanceJourneyTest extends BrowserJourney {
    private static final String SCRUTINY = "Children's Services Overview and Scrutiny Committee";


    @BeforeEach
    void openPage() {
        page = chromium.newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void aClerkRecordsAMinutedItemWhoseResolutionBecomesAFollowUpAndClosesIt() {
        signIn("manager");
        visit("/boards");
        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SCRUTINY)));
        check();
        navigateBy(page.locator("h2:has-text('Upcoming meetings') + p + ul a, h2:has-text('Upcoming meetings') + ul a").first());
        check();

        page.getByLabel("Minute number").fill("OSC/26/60");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Missing children");
        page.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true)).selectOption("RESOLVED");
        page.getByLabel("Numbered points, one a line").fill("1. that officers report to the next meeting on return home interviews");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the item")));
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Item recorded: Missing children");
        assertThat(page.locator("body").textContent()).contains("OSC/26/60", "return home interviews");

        navigateBy(page.getByText("Back to " + SCRUTINY));
        check();
        Locator followUp = page.locator(".app-follow-up").filter(new Locator.FilterOptions().setHasText("return home interviews"));
        followUp.getByLabel("Evidence that the request was met").fill("Report on return home interviews taken at the meeting");
        navigateBy(followUp.getByRole(AriaRole.BUTTON));
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Follow-up closed");
        assertThat(page.locator(".app-follow-up").filter(new Locator.FilterOptions().setHasText("return home interviews")).count()).isZero();
        assertThat(violations).isEmpty();
    }

    @Test
    void aClerkAddsMovesAndRemovesAWorkProgrammeItemAndRecordsASignOff() {
        signIn("manager");
        visit("/boards");
        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SCRUTINY)));
        check();
        page.getByLabel("What the board will consider").fill("Elective home education");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the work programme").setExact(true)));
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Added to the work programme: Elective home education");

        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Elective home education")));
        check();
        page.locator("#move-meeting").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(0));
        page.getByLabel("Why it is moving").fill("The annual report arrives later");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the item").setExact(true)));
        check();
        assertThat(page.locator("#history").textContent()).contains("Moved from", ": The annual report arrives later", "manager");

        page.getByLabel("Why it is being removed").fill("Folded into the children missing education item");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the item").setExact(true)));
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Removed from the work programme");
        assertThat(page.locator("#history").textContent()).contains("Removed from", "Folded into the children missing education item");

        navigateBy(page.getByText("Back to " + SCRUTINY));
        check();
        assertThat(page.locator("#removed-items").textContent()).contains("Elective home education");
        navigateBy(page.locator("h2:has-text('Recent decisions') ~ section a").first());
        check();
        page.locator("#signoff-subject").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(3));
        page.locator("#signoff-decision").fill("The committee accepted the evidence and closed the recommendation.");
        page.locator("#signoff-evidence").fill("Audit of supervision records presented by the head of service");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the sign-off").setExact(true)));
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Sign-off recorded");
        assertThat(page.locator("body").textContent()).contains("Sign-offs at this meeting", "Audit of supervision records");
        assertThat(violations).isEmpty();
    }

    @Test
    void anyoneReadsTheCorporateParentingPanelsPublicPageWithoutItsExemptItem() {
        visit("/boards");
        assertThat(page.url()).contains("/sign-in");
        signIn("viewer");
        visit("/boards");
        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Corporate Parenting Panel")));
        check();
        String publicPage = page.url() + "/public";
        page.context().clearCookies();
        page.navigate(publicPage);
        check();
        assertThat(page.locator("h1").textContent()).isEqualTo("Corporate Parenting Panel");
        assertThat(page.locator("body").textContent()).contains("Health of Children in Care", "1 exempt item is not shown.")
                .doesNotContain("Oakfield");
        assertThat(page.locator("body").textContent()).doesNotContain("Sign out");
        assertThat(violations).isEmpty();
    }

    @Test
    void aClerkImportsMinutesThatNameNeitherBoardNorDateGivingThemInThePreview() throws java.io.IOException {
        signIn("manager");
        visit("/boards");
        navigateBy(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import minutes")));
        check();
        page.getByLabel("Or paste the text of the minutes").fill(java.nio.file.Files.readString(
                java.nio.file.Path.of("src", "test", "resources", "corpus", "minutes", "06-no-board-no-date.txt")));
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the minutes")));
        check();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter the board or committee that met",
                "Enter the date of the meeting");
        assertThat(page.locator("#items").textContent()).contains("Fostering Service Annual Report", "Foster Carer Allowances");

        page.getByLabel("Board or committee").fill("Fostering Panel");
        page.getByLabel("Date of the meeting").fill("16 November 2026");
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these minutes")));
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Minutes imported: 5 items");
        assertThat(page.locator("body").textContent()).contains("Fostering Service Annual Report");
        assertThat(violations).isEmpty();
    }
}
