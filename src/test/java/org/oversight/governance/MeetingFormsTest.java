package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.OrganisationAuthority;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The forms that schedule a meeting and move it: errors a clerk can put right, the audit trail, another council's refusal. */
@OversightTest
@Transactional
class MeetingFormsTest {
    @Autowired MockMvc mvc;
    @Autowired Boards boards;
    @Autowired Meetings meetings;
    @Autowired OrganisationRepository organisations;
    @Autowired AuditTrail audit;

    private Board panel;
    private RequestPostProcessor managerOfA;
    private RequestPostProcessor managerOfB;

    @BeforeEach
    void aPanelOfCouncilA() {
        long a = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL)).getId();
        long b = organisations.save(new Organisation("Council B", OrganisationKind.COUNCIL)).getId();
        panel = boards.save(new Board("Corporate Parenting Panel", BoardKind.CORPORATE_PARENTING_PANEL).belongTo(a));
        managerOfA = user("a-manager").authorities(() -> "ROLE_PLAN_MANAGER", () -> OrganisationAuthority.of(a));
        managerOfB = user("b-manager").authorities(() -> "ROLE_PLAN_MANAGER", () -> OrganisationAuthority.of(b));
    }

    private Document schedule(RequestPostProcessor who, String date, String time) throws Exception {
        return Jsoup.parse(mvc.perform(post("/boards/{id}/meetings", panel.getId()).with(who).with(csrf())
                .param("date", date).param("time", time).param("venue", "Committee Room 1"))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    @DisplayName("should schedule the meeting from the form and keep it in the audit trail")
    void schedules() throws Exception {
        LocalDate date = LocalDate.now().plusDays(40);
        mvc.perform(get("/boards/{id}/meetings/new", panel.getId()).with(managerOfA)).andExpect(status().isOk());
        schedule(managerOfA, date.toString(), "18:30");

        Meeting meeting = meetings.findFirstByBoardAndDate(panel, date).orElseThrow();
        assertThat(meeting.getStartsAt()).isEqualTo(LocalTime.of(18, 30));
        assertThat(meeting.getVenue()).isEqualTo("Committee Room 1");
        assertThat(audit.historyOf(MeetingScheduling.AUDIT_TYPE, meeting.getId())).extracting(e -> e.getChangeKind())
                .containsExactly("scheduled");
    }

    @Test
    @DisplayName("should name a missing date and an unreadable time in the error summary and schedule nothing")
    void namesWhatIsWrong() throws Exception {
        Document blank = schedule(managerOfA, "", "10:00");
        assertThat(blank.select(".govuk-error-summary a[href=#date]").text()).isEqualTo("Enter the date of the meeting");

        Document badTime = schedule(managerOfA, LocalDate.now().plusDays(3).toString(), "half six");
        assertThat(badTime.select(".govuk-error-summary a[href=#time]").text())
                .isEqualTo("Enter the start time on the 24-hour clock, for example 14:00");
        assertThat(badTime.select("#venue").attr("value")).isEqualTo("Committee Room 1");
        assertThat(meetings.findByBoardOrderByDate(panel)).isEmpty();
    }

    @Test
    @DisplayName("should move a meeting to another date and keep both dates in the audit trail")
    void reschedules() throws Exception {
        Meeting meeting = meetings.save(new Meeting(panel, LocalDate.now().plusDays(10), LocalTime.of(10, 0), "Town Hall"));
        LocalDate later = LocalDate.now().plusDays(17);

        mvc.perform(post("/meetings/{id}/edit", meeting.getId()).with(managerOfA).with(csrf())
                .param("date", later.toString()).param("time", "14:00").param("venue", "Town Hall"))
                .andExpect(status().is3xxRedirection());

        assertThat(meetings.findById(meeting.getId()).orElseThrow().getDate()).isEqualTo(later);
        assertThat(audit.historyOf(MeetingScheduling.AUDIT_TYPE, meeting.getId())).singleElement()
                .satisfies(e -> assertThat(e.getAfter()).contains(later.toString()));
    }

    @Test
    @DisplayName("should answer 'not found' to another council's manager and schedule or move nothing")
    void hidesTheBoardFromAnotherCouncil() throws Exception {
        Meeting meeting = meetings.save(new Meeting(panel, LocalDate.now().plusDays(10), null, "Town Hall"));

        mvc.perform(get("/boards/{id}/meetings/new", panel.getId()).with(managerOfB)).andExpect(status().isNotFound());
        mvc.perform(post("/boards/{id}/meetings", panel.getId()).with(managerOfB).with(csrf())
                .param("date", LocalDate.now().plusDays(5).toString())).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/edit", meeting.getId()).with(managerOfB)).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/{id}/edit", meeting.getId()).with(managerOfB).with(csrf())
                .param("date", LocalDate.now().plusDays(90).toString())).andExpect(status().isNotFound());

        assertThat(meetings.findByBoardOrderByDate(panel)).singleElement()
                .satisfies(m -> assertThat(m.getDate()).isEqualTo(LocalDate.now().plusDays(10)));
        assertThat(audit.historyOf(MeetingScheduling.AUDIT_TYPE, meeting.getId())).isEmpty();
    }
}
