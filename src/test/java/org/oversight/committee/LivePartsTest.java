package org.oversight.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.Accounts;
import org.oversight.account.OrganisationAuthority;
import org.oversight.governance.Board;
import org.oversight.governance.BoardKind;
import org.oversight.governance.Boards;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.governance.MemberRole;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.Responsibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A live part in a report's main content shows the plan as it stands while the report is a draft,
 * and is frozen when the report is published: a change to the plan afterwards changes neither the
 * published report nor the agenda pack, while a new draft shows the plan as it now is.
 */
@OversightTest
@Transactional
class LivePartsTest {
    @Autowired MockMvc mvc;
    @Autowired Boards boards;
    @Autowired Meetings meetings;
    @Autowired ReportWorkflow workflow;
    @Autowired OrganisationRepository organisations;
    @Autowired PlanRepository plans;
    @Autowired Accounts accounts;

    private long councilA;
    private Meeting meeting;
    private ActionPlan plan;

    @BeforeEach
    void aPlanAndAMeetingOfCouncilA() {
        Organisation a = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL));
        councilA = a.getId();
        ClearingAccounts.of(accounts, councilA);
        plan = new ActionPlan("Council A improvement plan", a, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        var recommendation = plan.addRecommendation("1", "Improve supervision", Responsibility.OURS);
        recommendation.addAction("1.1", "Recruit two supervisors");
        recommendation.addAction("1.2", "Audit supervision records");
        plan = plans.saveAndFlush(plan);
        Board panel = new Board("Corporate Parenting Panel", BoardKind.CORPORATE_PARENTING_PANEL).belongTo(councilA);
        panel.addMember("Cllr Ann Brown", MemberRole.CHAIR, "chair");
        meeting = meetings.save(new Meeting(boards.save(panel), LocalDate.now().plusDays(60), null, "Town Hall"));
    }

    private long report(String title) {
        CommitteeReport report = workflow.draft(meeting, title, "author");
        ReportContent c = CommitteeReportStorageContract.written(null, "x");
        workflow.rewrite(report.getId(), new ReportContent(title, c.reportOf(), c.contactName(), c.contactPost(), c.contactEmail(),
                null, null, c.wardsAffected(), false, null, null, c.purpose(), c.recommendations(), c.recommendationReasons(),
                c.background(), "Where the plan stands:\n[progress of plan " + plan.getId() + "]\nMore to follow.", c.implications()));
        return report.getId();
    }

    private void publish(long id) {
        workflow.sendForClearance(id, CommitteeReportStorageContract.officers());
        workflow.reports().findById(id).orElseThrow().getClearances()
                .forEach(cl -> workflow.decide(id, cl.getId(), cl.getOfficer(), true, null));
        workflow.publishAgenda(meeting, "clerk", null);
    }

    private Document html(String path, RequestPostProcessor... who) throws Exception {
        var request = get(path);
        for (RequestPostProcessor w : who) {
            request.with(w);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static String totalActions(Document page) {
        return page.select("table.live-part tbody tr").first().select("td").last().text();
    }

    @Test
    @DisplayName("should keep a published report's live parts as they were when it was published, in its page and the agenda pack")
    void frozenAtPublication() throws Exception {
        RequestPostProcessor clerk = user("clerk").authorities(() -> "ROLE_VIEWER", () -> OrganisationAuthority.of(councilA));
        long published = report("Improvement plan: progress");
        assertThat(totalActions(html("/committee-reports/" + published, clerk))).isEqualTo("2");
        publish(published);

        plan.findRecommendation("1").orElseThrow().addAction("1.3", "Train every team manager");
        plans.saveAndFlush(plan);
        long draft = report("Improvement plan: next steps");

        Document page = html("/committee-reports/" + published, clerk);
        assertThat(page.select("table.live-part caption").text()).startsWith("Progress of Council A improvement plan as at");
        assertThat(page.text()).contains("Where the plan stands:", "More to follow.");
        assertThat(totalActions(page)).isEqualTo("2");
        assertThat(totalActions(html("/meetings/" + meeting.getId() + "/agenda"))).isEqualTo("2");
        assertThat(totalActions(html("/committee-reports/" + draft, clerk))).as("a draft shows the plan as it is now").isEqualTo("3");
    }

    @Test
    @DisplayName("should not draw a live part from another council's plan")
    void notAnotherCouncilsPlan() throws Exception {
        Organisation b = organisations.save(new Organisation("Council B", OrganisationKind.COUNCIL));
        ActionPlan theirs = new ActionPlan("Council B secret plan", b, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        theirs.addRecommendation("1", "Improve", Responsibility.OURS).addAction("1.1", "Their action");
        plan = plans.saveAndFlush(theirs);
        long id = report("Borrowed figures");

        Document page = html("/committee-reports/" + id, user("clerk").authorities(() -> "ROLE_VIEWER",
                () -> OrganisationAuthority.of(councilA)));
        assertThat(page.text()).contains("No plan " + theirs.getId() + " of the board's organisation").doesNotContain("Council B secret plan");
    }
}
