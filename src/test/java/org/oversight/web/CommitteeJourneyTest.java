package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The committee journey in headless Chromium, in the web interface alone: a clerk creates a board
 * and schedules a meeting, officers write two public reports and an exempt one and send them for
 * clearance, the named officers clear them, the clerk publishes them and anyone opens the public
 * agenda pack, where the exempt item is only its title and paragraph; axe-core WCAG 2.2 AA checks
 * on every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-journeys;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true"})
class CommitteeJourneyTest extends BrowserJourney {
    private static final String BOARD = "Health and Wellbeing Scrutiny Panel";
    private static final String SECRET = "The provider's weekly price is 9,317 pounds";

    @BeforeEach
    void openPage() {
        page = chromium.newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void aClerkSchedulesAMeetingWhoseClearedReportsMakeThePublicAgendaPack() {
        signIn("manager");
        visit("/boards");
        navigateBy(link("Create a board or committee"));
        check();
        page.getByLabel("Name").first().fill(BOARD);
        page.locator("input[name=kind]").first().check();
        navigateBy(button("Create the board"));
        check();
        assertThat(page.locator("body").textContent()).contains(BOARD);
        navigateBy(page.getByText("Back to " + BOARD));
        check();

        navigateBy(link("Change the report template"));
        check();
        page.locator("#heading-2").fill("Context");
        navigateBy(button("Save the template").first());
        check();
        navigateBy(page.locator("button[value=up-2]"));
        check();
        page.locator("#new-heading").fill("Consultation");
        navigateBy(button("Add the section"));
        check();
        assertThat(page.locator("#heading-1").inputValue()).as("Context moved above the recommendations").isEqualTo("Context");
        navigateBy(page.getByText("Back to " + BOARD).first());
        check();

        navigateBy(link("Schedule a meeting"));
        check();
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().plusDays(60).toString());
        page.getByLabel("Venue (optional)").fill("Committee Room 2, Civic Centre");
        navigateBy(button("Schedule the meeting"));
        check();
        navigateBy(link("Reports to this meeting"));
        check();
        String reportsPage = page.url();

        List<String> reports = new ArrayList<>();
        reports.add(write(reportsPage, "Suicide prevention strategy", null, "Suicides fell by a fifth over three years."));
        reports.add(write(reportsPage, "Healthy weight in children", null, "One child in five is overweight at reception."));
        reports.add(write(reportsPage, "Care home block contract", 3, SECRET));

        forEach(reports, "lead", () -> {
            for (int i = 0; i < 3; i++) {
                navigateBy(button("Clear the report").first());
                check();
            }
        });
        page.context().clearCookies();
        page.navigate(reportsPage.replace("/committee-reports", "/agenda"));
        check();
        assertThat(page.locator("body").textContent()).contains("has not been published yet").doesNotContain("Suicides fell");

        signIn("manager");
        page.navigate(reportsPage);
        navigateBy(button("Publish the agenda pack"));
        check();
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("until every clearance is given for");
        forEach(reports, "manager", () -> {
            navigateBy(button("Clear the report"));
            check();
            assertThat(page.locator("body").textContent()).contains("the clerk publishes the report with the agenda pack");
        });
        page.navigate(reportsPage);
        navigateBy(button("Publish the agenda pack"));
        check();
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("The agenda pack has been published with 3 reports");

        page.context().clearCookies();
        page.navigate(reportsPage.replace("/committee-reports", "/agenda"));
        check();
        String pack = page.locator("body").textContent().replaceAll("\\s+", " ");
        assertThat(pack).contains("Suicides fell by a fifth over three years.", "One child in five is overweight at reception.",
                "Care home block contract (exempt: paragraph 3)", "Exempt: paragraph 3 of Schedule 12A",
                "Appendix A: Audit of suicide prevention strategy", "Appendix B: Report pack: ", "Context", "Consultation", "The panel's members were asked in October.")
                .doesNotContain("9,317");
        assertThat(violations).isEmpty();
    }

    /** Starts a draft, fills in the whole report form and sends it for clearance; gives the report's address. */
    private String write(String reportsPage, String title, Integer exemptParagraph, String content) {
        page.navigate(reportsPage);
        check();
        page.getByLabel("Title").fill(title);
        navigateBy(button("Start the draft"));
        check();
        page.getByLabel("Report of").fill("Director of Public Health");
        page.getByLabel("Contact officer's name").fill("Sam Okafor");
        page.getByLabel("Contact officer's post").fill("Consultant in Public Health");
        page.getByLabel("Contact officer's e-mail address").fill("sam.okafor@example.gov.uk");
        if (exemptParagraph != null) {
            page.getByLabel("The report is exempt from publication").check();
            page.getByLabel("Paragraph of Schedule 12A (if exempt)").selectOption(String.valueOf(exemptParagraph));
            page.getByLabel("Why the public interest favours keeping it exempt (if exempt)")
                    .fill("Disclosing the price would harm the council's position in the next tender.");
        }
        page.getByLabel("Wards affected").fill("All wards");
        page.getByLabel("Purpose of the report").fill("To inform the panel about " + title.toLowerCase());
        page.getByLabel("Recommendations", new Page.GetByLabelOptions().setExact(true)).fill("That the panel notes the report.");
        page.getByLabel("Reasons for the recommendations").fill("The panel monitors this area of work.");
        page.getByLabel("Context", new Page.GetByLabelOptions().setExact(true)).fill("The panel asked for this report at its last meeting.");
        page.getByLabel("Consultation", new Page.GetByLabelOptions().setExact(true)).fill("The panel's members were asked in October.");
        page.getByLabel("The report itself").fill(content);
        int kinds = page.locator("textarea[name$='.wording']").count();
        for (int i = 0; i < kinds; i++) {
            page.locator("#implications" + i + "\\.wording").fill("None");
            page.locator("#implications" + i + "\\.author").fill("Sam Okafor, Consultant in Public Health");
        }
        navigateBy(button("Save the report"));
        check();
        if (exemptParagraph == null) {
            page.getByLabel("Title of the appendix").fill("Audit of " + title.toLowerCase());
            page.getByLabel("The document").setInputFiles(new com.microsoft.playwright.options.FilePayload("audit.pdf",
                    "application/pdf", onePagePdf()));
            navigateBy(button("Add the appendix"));
            check();
            assertThat(page.locator("#appendix-list").textContent()).contains("Appendix A: Audit of " + title.toLowerCase());
            page.getByLabel("Plan", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            page.getByLabel("Word", new Page.GetByLabelOptions().setExact(true)).check();
            navigateBy(button("Attach the plan's report pack"));
            check();
            assertThat(page.locator("#appendix-list").textContent()).contains("Appendix B: Report pack: ", ".docx");
        }
        page.getByLabel("Legal officer").selectOption("lead");
        page.getByLabel("Finance officer").selectOption("lead");
        page.getByLabel("Equalities officer").selectOption("lead");
        page.getByLabel("Director officer").selectOption("manager");
        navigateBy(button("Send for clearance"));
        check();
        return page.url();
    }

    private static byte[] onePagePdf() {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Signs in afresh and, on each report's page, does what this person does there. */
    private void forEach(List<String> reports, String username, Runnable onEachReport) {
        page.context().clearCookies();
        signIn(username);
        for (String report : reports) {
            page.navigate(report);
            check();
            onEachReport.run();
        }
    }

    private com.microsoft.playwright.Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
