package org.oversight.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.PlanStandings;
import org.oversight.plan.RagColour;
import org.oversight.plan.RagTally;
import org.oversight.web.BrowserJourney;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kingsmead shares its plan with its region; the region's adviser sees it side by side with the
 * region's other shared plans, with the plan's own counts as at two dates; Ashcombe, which shared
 * nothing, is absent; Kingsmead withdraws and it disappears. axe-core checks WCAG 2.2 AA on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-journeys;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true"})
class SharingJourneyTest extends BrowserJourney {
    private static final String KINGSMEAD = "Kingsmead Borough Council";
    @Autowired
    PlanRepository plans;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    PlanStandings standings;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void openPage() {
        page = chromium.newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void theAdviserSeesKingsmeadOnlyWhileKingsmeadSharesIt() {
        LocalDate today = LocalDate.now();
        LocalDate earlier = new TransactionTemplate(transactions).execute(s -> kingsmeadPlan().getRounds().first().plusDays(1));

        asAdviser();
        assertThat(councilsShown(null)).doesNotContain(KINGSMEAD, "Ashcombe Borough Council")
                .contains("Brookfield City Council", "Eastmarsh County Council", "Harrowdene Borough Council");

        as("manager");
        visit("/sharing");
        page.locator("#share-plan").selectOption(new SelectOption().setLabel(kingsmeadTitle()));
        page.locator("#share-plan-group").selectOption(new SelectOption().setLabel("Vale and Downs region"));
        navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share the plan")));
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Shared with Vale and Downs region");

        asAdviser();
        for (LocalDate date : List.of(today, earlier)) {
            assertThat(councilsShown(date)).contains(KINGSMEAD).doesNotContain("Ashcombe Borough Council");
            RagTally tally = new TransactionTemplate(transactions).execute(s -> standings.of(kingsmeadPlan(), date).tally());
            var row = page.locator("tr.overview-row[data-council='" + KINGSMEAD + "']");
            assertThat(row.locator(".cell-red").textContent().strip()).as("red as at %s", date)
                    .isEqualTo(String.valueOf(tally.count(RagColour.RED)));
            assertThat(row.locator(".cell-amber").textContent().strip()).as("amber as at %s", date)
                    .isEqualTo(String.valueOf(tally.count(RagColour.AMBER)));
            assertThat(row.locator(".cell-green").textContent().strip()).as("green as at %s", date)
                    .isEqualTo(String.valueOf(tally.count(RagColour.GREEN)));
        }
        navigateBy(page.locator("tr.overview-row[data-council='" + KINGSMEAD + "'] a"));
        check();
        assertThat(page.locator("h1").first().textContent()).contains("Improvement plan");

        as("manager");
        visit("/sharing");
        navigateBy(page.locator("tr.shared-item button", new Page.LocatorOptions().setHasText("Withdraw")).first());
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Withdrawn");

        asAdviser();
        assertThat(councilsShown(null)).doesNotContain(KINGSMEAD);
        assertThat(councilsShown(earlier)).doesNotContain(KINGSMEAD);
        assertThat(violations).isEmpty();
    }

    private List<String> councilsShown(LocalDate asAt) {
        visit("/overview");
        if (asAt != null) {
            page.locator("#asAt").fill(asAt.toString());
            navigateBy(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")));
            check();
        }
        return page.locator("tr.overview-row").all().stream().map(r -> r.getAttribute("data-council")).toList();
    }

    private void asAdviser() {
        as("adviser");
    }

    private void as(String username) {
        page.context().close();
        page = chromium.newPage();
        signIn(username);
    }

    private ActionPlan kingsmeadPlan() {
        long kingsmead = organisations.findByName(KINGSMEAD).orElseThrow().getId();
        return plans.findByOwner_IdAndArchivedFalseOrderByTitle(kingsmead).get(0);
    }

    private String kingsmeadTitle() {
        return new TransactionTemplate(transactions).execute(s -> kingsmeadPlan().getTitle());
    }
}
