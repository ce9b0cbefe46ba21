package org.oversight.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.OrganisationAuthority;
import org.oversight.governance.AgendaItem;
import org.oversight.governance.Board;
import org.oversight.governance.BoardKind;
import org.oversight.governance.Boards;
import org.oversight.governance.DecisionKind;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.governance.MemberRole;
import org.oversight.governance.MinutesRecording;
import org.oversight.governance.ReadMinutes;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the meeting: the minuted item names the report it decided (chosen by the clerk, or
 * matched by title when minutes are imported), the minutes link to the report, and the report
 * shows under its recommendations what the board resolved.
 */
@OversightTest
@Transactional
class MinutedDecisionTest {
    private static final String RESOLVED = "That the Panel notes the progress made and asks for a further report in March.";

    @Autowired MockMvc mvc;
    @Autowired Boards boards;
    @Autowired Meetings meetings;
    @Autowired ReportWorkflow workflow;
    @Autowired MinutesRecording recording;
    @Autowired OrganisationRepository organisations;

    private long councilA;
    private Meeting meeting;
    private long reportId;

    @BeforeEach
    void aPanelMeetingWithAReport() {
        councilA = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL)).getId();
        Board panel = new Board("Corporate Parenting Panel", BoardKind.CORPORATE_PARENTING_PANEL).belongTo(councilA);
        panel.addMember("Cllr Ann Brown", MemberRole.CHAIR, "chair");
        meeting = meetings.save(new Meeting(boards.save(panel), LocalDate.now().minusDays(3), null, "Town Hall"));
        reportId = workflow.draft(meeting, "Improvement plan: progress to date", "author").getId();
        workflow.draft(meeting, "Adoption Support Fund", "author");
    }

    private RequestPostProcessor manager() {
        return user("manager").authorities(() -> "ROLE_PLAN_MANAGER", () -> OrganisationAuthority.of(councilA));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(manager())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private void linkedBothWays(String minuteNumber) throws Exception {
        Document minutes = page("/meetings/" + meeting.getId());
        assertThat(minutes.select(".app-minute-report a").eachAttr("href")).containsExactly("/committee-reports/" + reportId);
        assertThat(minutes.select(".app-minute-report").text()).contains("Improvement plan: progress to date");
        Document report = page("/committee-reports/" + reportId);
        assertThat(report.select("#resolved").text()).contains("What the board resolved", "Minute " + minuteNumber, "RESOLVED", RESOLVED);
        assertThat(report.select("#resolved a").attr("href")).isEqualTo("/meetings/" + meeting.getId());
    }

    @Test
    @DisplayName("should link a minuted item to the report the clerk chose, and show on the report what the board resolved")
    void clerkChoosesTheReport() throws Exception {
        Document form = page("/meetings/" + meeting.getId());
        assertThat(form.select("#item-reportId option").eachText())
                .containsExactly("No report", "Improvement plan: progress to date", "Adoption Support Fund");
        assertThat(page("/committee-reports/" + reportId).select("#resolved")).isEmpty();

        mvc.perform(post("/meetings/{id}/items", meeting.getId()).with(manager()).with(csrf()).param("minuteNumber", "CPP/26/14")
                .param("title", "Progress on the improvement plan").param("kind", "RESOLVED").param("decisionText", RESOLVED)
                .param("reportId", String.valueOf(reportId))).andExpect(status().is3xxRedirection());

        linkedBothWays("CPP/26/14");
        assertThat(page("/committee-reports/" + workflow.reports().findByMeetingOrderById(meeting).get(1).getId())
                .select("#resolved")).isEmpty();
    }

    @Test
    @DisplayName("should refuse a report that was not written to the meeting, recording nothing")
    void refusesAnotherMeetingsReport() throws Exception {
        Meeting other = meetings.save(new Meeting(meeting.getBoard(), LocalDate.now().plusDays(30), null, "Town Hall"));
        long elsewhere = workflow.draft(other, "Fostering recruitment", "author").getId();
        var step = mvc.perform(post("/meetings/{id}/items", meeting.getId()).with(manager()).with(csrf())
                .param("title", "Fostering recruitment").param("reportId", String.valueOf(elsewhere)))
                .andExpect(status().is3xxRedirection()).andReturn();
        Document page = Jsoup.parse(mvc.perform(get("/meetings/{id}", meeting.getId()).flashAttrs(step.getFlashMap()).with(manager()))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a[href=#item-reportId]").text())
                .isEqualTo("Choose a report written to this meeting, or none");
        assertThat(meetings.findById(meeting.getId()).orElseThrow().getAgendaItems()).isEmpty();

        var garbled = mvc.perform(post("/meetings/{id}/items", meeting.getId()).with(manager()).with(csrf())
                .param("title", "Fostering recruitment").param("reportId", "the fostering one"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(Jsoup.parse(mvc.perform(get("/meetings/{id}", meeting.getId()).flashAttrs(garbled.getFlashMap()).with(manager()))
                .andReturn().getResponse().getContentAsString()).select("#item-reportId-error").text())
                .contains("Choose a report written to this meeting, or none");
        assertThat(meetings.findById(meeting.getId()).orElseThrow().getAgendaItems()).isEmpty();
    }

    @Test
    @DisplayName("should match an imported minute to the report of the same title, whatever its case and spacing")
    void importMatchesByTitle() throws Exception {
        ReadMinutes minutes = new ReadMinutes("Corporate Parenting Panel", meeting.getDate(), "Town Hall", List.of("Cllr Ann Brown"),
                List.of(), List.of(), List.of(), List.of(), null, null, null, List.of(
                new ReadMinutes.Item("CPP/26/15", "IMPROVEMENT PLAN:  progress to date", false, null, "Members discussed the plan.",
                        List.of(new ReadMinutes.ReadDecision(DecisionKind.RESOLVED, RESOLVED, List.of()))),
                new ReadMinutes.Item("CPP/26/16", "Any other business", false, null, "None.", List.of())));
        Meeting stored = recording.store(minutes, "manager", councilA);

        assertThat(stored.getAgendaItems()).extracting(AgendaItem::getReportId).containsExactly(reportId, null);
        linkedBothWays("CPP/26/15");
    }
}
