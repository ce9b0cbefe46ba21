package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.DeadlineChange;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.Recommendation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@OversightTest
@Transactional
@DisplayName("Sign-offs and board-agreed extensions")
class SignOffPagesTest {
    private static final String SCRUTINY = "Children's Services Overview and Scrutiny Committee";
    private static final RequestPostProcessor MANAGER = user("manager").roles("PLAN_MANAGER");
    @Autowired
    MockMvc mvc;
    @Autowired
    Boards boards;
    @Autowired
    Meetings meetings;
    @Autowired
    SignOffs signOffs;
    @Autowired
    PlanRepository plans;
    @Autowired
    ActionRepository actions;
    @Autowired
    AuditTrail audit;

    Meeting lastMeeting() {
        Board scrutiny = DemoBoard.named(boards, SCRUTINY).orElseThrow();
        return meetings.findByBoardOrderByDate(scrutiny).stream().filter(m -> m.getDate().isBefore(LocalDate.now()))
                .reduce((a, b) -> b).orElseThrow();
    }

    Meeting nextMeeting() {
        Board scrutiny = DemoBoard.named(boards, SCRUTINY).orElseThrow();
        return meetings.findByBoardOrderByDate(scrutiny).stream().filter(m -> m.getDate().isAfter(LocalDate.now()))
                .findFirst().orElseThrow();
    }

    ActionPlan plan() {
        return org.oversight.testing.DemoPlan.of(plans);
    }

    @Test
    @DisplayName("should close a recommendation at a meeting held and show the decision, date and evidence beside it")
    void closesARecommendation() throws Exception {
        Recommendation rec = plan().getRecommendations().get(1);
        Meeting meeting = lastMeeting();
        mvc.perform(post("/meetings/" + meeting.getId() + "/sign-offs").with(MANAGER).with(csrf())
                        .param("subject", "recommendation:" + rec.getId())
                        .param("decision", "The committee accepted the evidence and closed the recommendation.")
                        .param("evidence", "Dip sample of 30 assessments; the principal social worker's audit report"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        String page = mvc.perform(get("/plans/" + plan().getId() + "/recommendations/" + rec.getId()).with(user("viewer").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Board decisions", "The committee accepted the evidence and closed the recommendation.",
                "Dip sample of 30 assessments", "Closed", Dates.longDate(meeting.getDate()));

        String meetingPage = mvc.perform(get("/meetings/" + meeting.getId()).with(MANAGER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(meetingPage).contains("Sign-offs at this meeting", "Dip sample of 30 assessments", "Record a sign-off",
                "Record a deadline extension");
        String viewerPage = mvc.perform(get("/meetings/" + meeting.getId()).with(user("viewer").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(viewerPage).contains("Sign-offs at this meeting").doesNotContain("Record a sign-off");

        mvc.perform(post("/meetings/" + meeting.getId() + "/sign-offs").with(MANAGER).with(csrf())
                .param("subject", "recommendation:" + rec.getId()).param("decision", "Again").param("evidence", "Again"))
                .andExpect(flash().attribute("errorMessage", "Recommendation " + rec.getNumber() + " has already been closed by a board"));
        assertThat(signOffs.findByRecommendationIdOrderByDecidedOn(rec.getId())).hasSize(1);
    }

    @Test
    @DisplayName("should refuse a sign-off without evidence, without a subject, or at a meeting not yet held")
    void refusesBadSignOffs() throws Exception {
        Recommendation rec = plan().getRecommendations().get(1);
        long before = signOffs.count();
        var refused = signOff(lastMeeting(), "recommendation:" + rec.getId(), "Closed", " ")
                .andExpect(flash().attribute("errorMessage", "Say what evidence the board saw")).andReturn();
        String shown = mvc.perform(get("/meetings/" + lastMeeting().getId()).with(MANAGER).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("There is a problem", "href=\"#signoff-evidence\"", "govuk-form-group--error",
                "id=\"signoff-evidence-error\"", ">Closed</textarea>");
        signOff(lastMeeting(), "", "Closed", "Report").andExpect(flash().attribute("errorField", "subject"));
        signOff(lastMeeting(), "recommendation:nonsense", "Closed", "Report").andExpect(flash().attribute("errorField", "subject"));
        signOff(nextMeeting(), "plan:" + plan().getId(), "Closed", "Report")
                .andExpect(flash().attribute("errorMessage", org.hamcrest.Matchers.startsWith("A board signs off at a meeting that has taken place")));
        assertThat(signOffs.count()).isEqualTo(before);
        mvc.perform(post("/meetings/" + lastMeeting().getId() + "/sign-offs").with(user("viewer").roles("VIEWER")).with(csrf())
                .param("subject", "plan:" + plan().getId())).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("should close a whole plan once")
    void closesAPlan() throws Exception {
        signOff(lastMeeting(), "plan:" + plan().getId(), "The committee closed the plan.", "Final report of the improvement board")
                .andExpect(flash().attributeExists("notice"));
        assertThat(signOffs.findByPlanIdOrderByDecidedOn(plan().getId())).anyMatch(s -> s.getKind() == SignOff.Kind.PLAN_CLOSED);
        signOff(lastMeeting(), "plan:" + plan().getId(), "Again", "Again")
                .andExpect(flash().attribute("errorMessage", "This plan has already been closed by a board"));
    }

    @Test
    @DisplayName("should move an action's deadline through the plan's rules, agreed by the board on the meeting's date")
    void extendsADeadline() throws Exception {
        Action action = plan().actions().stream().filter(a -> a.getDueDate() != null).findFirst().orElseThrow();
        LocalDate newDue = action.getDueDate().plusMonths(3);
        Meeting meeting = lastMeeting();
        int moves = action.deadlineMoves();
        mvc.perform(post("/meetings/" + meeting.getId() + "/extensions").with(MANAGER).with(csrf())
                        .param("action", action.getId().toString()).param("newDue", newDue.toString())
                        .param("reason", "Recruitment to the team took longer").param("evidence", "Workforce report to the committee"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        Action moved = actions.findById(action.getId()).orElseThrow();
        assertThat(moved.getDueDate()).isEqualTo(newDue);
        assertThat(moved.deadlineMoves()).isEqualTo(moves + 1);
        DeadlineChange change = moved.getDeadlineChanges().get(moved.getDeadlineChanges().size() - 1);
        assertThat(change.getAgreedBy()).isEqualTo(SCRUTINY + " on " + Dates.longDate(meeting.getDate()));
        assertThat(change.getReason()).isEqualTo("Recruitment to the team took longer");
        assertThat(audit.recordsOf("Action", action.getId())).anyMatch(r -> r.changeKind().equals("DEADLINE_MOVED"));
        String actionPage = mvc.perform(get("/actions/" + action.getId()).with(user("viewer").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(actionPage).contains("Children&#39;s Services Overview and Scrutiny Committee on " + Dates.longDate(meeting.getDate()));
        assertThat(signOffs.findByMeetingOrderById(meeting)).anyMatch(s -> s.getKind() == SignOff.Kind.DEADLINE_EXTENDED
                && newDue.equals(s.getNewDueDate()) && s.getEvidence().equals("Workforce report to the committee"));
    }

    @Test
    @DisplayName("should refuse an extension to an earlier date or without a reason, leaving the deadline where it was")
    void refusesBadExtensions() throws Exception {
        Action action = plan().actions().stream().filter(a -> a.getDueDate() != null).findFirst().orElseThrow();
        LocalDate due = action.getDueDate();
        extend(action, due.minusDays(1).toString(), "Because", "Report").andExpect(flash().attribute("errorField", "newDue"));
        extend(action, due.plusMonths(1).toString(), "", "Report").andExpect(flash().attribute("errorField", "reason"));
        extend(action, "31/02/2027", "Because", "Report").andExpect(flash().attribute("errorField", "newDue"));
        assertThat(actions.findById(action.getId()).orElseThrow().getDueDate()).isEqualTo(due);
    }

    private org.springframework.test.web.servlet.ResultActions signOff(Meeting meeting, String subject, String decision,
                                                                      String evidence) throws Exception {
        return mvc.perform(post("/meetings/" + meeting.getId() + "/sign-offs").with(MANAGER).with(csrf())
                .param("subject", subject).param("decision", decision).param("evidence", evidence))
                .andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.ResultActions extend(Action action, String newDue, String reason,
                                                                     String evidence) throws Exception {
        return mvc.perform(post("/meetings/" + lastMeeting().getId() + "/extensions").with(MANAGER).with(csrf())
                .param("action", action.getId().toString()).param("newDue", newDue).param("reason", reason)
                .param("evidence", evidence)).andExpect(status().is3xxRedirection());
    }
}
