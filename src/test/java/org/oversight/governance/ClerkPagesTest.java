package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@OversightTest
@Transactional
@DisplayName("The clerk's pages")
class ClerkPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Boards boards;
    @Autowired
    Meetings meetings;
    @Autowired
    FollowUps followUps;
    @Autowired
    PlanRepository plans;

    Board scrutiny() {
        return DemoBoard.named(boards, "Children's Services Overview and Scrutiny Committee").orElseThrow();
    }

    Meeting nextMeeting() {
        return meetings.findByBoardOrderByDate(scrutiny()).stream().filter(m -> m.getDate().isAfter(LocalDate.now())).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("should record an item whose resolution asks for a report as an open follow-up on the board page")
    void recordsAnItemAndItsFollowUp() throws Exception {
        Meeting meeting = nextMeeting();
        mvc.perform(post("/meetings/" + meeting.getId() + "/items").with(user("manager").roles("PLAN_MANAGER")).with(csrf())
                        .param("minuteNumber", "OSC/26/70").param("title", "Children missing education").param("kind", "RESOLVED")
                        .param("points", "1) that an update on children missing education be provided at the next meeting"))
                .andExpect(status().is3xxRedirection());

        assertThat(followUps.findByBoardAndStatusOrderById(scrutiny(), FollowUpStatus.OPEN))
                .anyMatch(f -> f.getRequest().contains("children missing education") && "OSC/26/70".equals(f.getMinuteNumber()));
        String page = mvc.perform(get("/boards/" + scrutiny().getId()).with(user("viewer").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("OSC/26/70", "that an update on children missing education");
    }

    @Test
    @DisplayName("should refuse a minuted item without a title, and refuse a viewer who tries to record one")
    void refusesBadItems() throws Exception {
        Meeting meeting = nextMeeting();
        mvc.perform(post("/meetings/" + meeting.getId() + "/items").with(user("manager").roles("PLAN_MANAGER")).with(csrf())
                .param("title", "")).andExpect(status().is3xxRedirection());
        assertThat(meetings.findById(meeting.getId()).orElseThrow().getAgendaItems()).isEmpty();
        mvc.perform(post("/meetings/" + meeting.getId() + "/items").with(user("viewer").roles("VIEWER")).with(csrf())
                .param("title", "Anything")).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("should close a follow-up only with evidence")
    void closesFollowUpsOnEvidence() throws Exception {
        FollowUp open = followUps.findByBoardAndStatusOrderById(scrutiny(), FollowUpStatus.OPEN).get(0);
        mvc.perform(post("/follow-ups/" + open.getId() + "/close").with(user("manager").roles("PLAN_MANAGER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(followUps.findById(open.getId()).orElseThrow().isOpen()).isTrue();

        mvc.perform(post("/follow-ups/" + open.getId() + "/close").with(user("manager").roles("PLAN_MANAGER")).with(csrf())
                .param("evidence", "Report taken at the meeting")).andExpect(status().is3xxRedirection());
        assertThat(followUps.findById(open.getId()).orElseThrow().getEvidence()).isEqualTo("Report taken at the meeting");
    }

    @Test
    @DisplayName("should show the board's sign-off with its evidence beside the recommendation")
    void showsSignOffOnRecommendation() throws Exception {
        var plan = org.oversight.testing.DemoPlan.of(plans);
        var rec = plan.getRecommendations().get(0);
        String page = mvc.perform(get("/plans/" + plan.getId() + "/recommendations/" + rec.getId()).with(user("viewer").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Board decisions", "Children&#39;s Services Overview and Scrutiny Committee", "Closed",
                "Audit of 40 contacts at the front door");
    }

    @Test
    @DisplayName("should show the work programme with the moved item and the items the plan's monitoring cadence proposed")
    void showsTheWorkProgramme() throws Exception {
        String page = mvc.perform(get("/boards/" + scrutiny().getId()).with(user("viewer").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Youth Justice Plan", "Moved from", "Proposed by monitoring cadence");
    }
}
