package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.OrganisationAuthority;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two councils in one instance, each with its own Corporate Parenting Panel beside a panel of
 * no organisation: someone of council A sees and manages A's boards, reads those of none without
 * changing them, and never sees B's, whose public page stays public; someone of no organisation
 * sees and manages them all.
 */
@OversightTest
@Transactional
class BoardScopeTest {
    private static final String PANEL = "Corporate Parenting Panel";
    private static final RequestPostProcessor WHOLE_INSTANCE = user("manager").roles("PLAN_MANAGER");

    @Autowired MockMvc mvc;
    @Autowired Boards boards;
    @Autowired Meetings meetings;
    @Autowired OrganisationRepository organisations;
    @Autowired FollowUps followUps;
    @Autowired PlanRepository plans;

    private Board ofA;
    private Board ofB;
    private Board ofNone;
    private Meeting meetingOfB;
    private RequestPostProcessor managerOfA;

    @BeforeEach
    void twoCouncils() {
        long a = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL)).getId();
        long b = organisations.save(new Organisation("Council B", OrganisationKind.COUNCIL)).getId();
        ofA = boards.save(new Board(PANEL, BoardKind.CORPORATE_PARENTING_PANEL).belongTo(a));
        ofB = boards.save(new Board(PANEL, BoardKind.CORPORATE_PARENTING_PANEL).belongTo(b));
        ofNone = boards.save(new Board(PANEL, BoardKind.CORPORATE_PARENTING_PANEL));
        meetingOfB = meetings.save(new Meeting(ofB, LocalDate.now().minusDays(7), null, "Town hall"));
        managerOfA = user("a-manager").authorities(() -> "ROLE_PLAN_MANAGER", () -> OrganisationAuthority.of(a));
    }

    private Document boardsList(RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/boards").with(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    @DisplayName("should list for someone of council A its panel and the boards of no organisation, not council B's panel")
    void listsOwnCouncilsBoards() throws Exception {
        Document page = boardsList(managerOfA);

        assertThat(page.select("a[href=/boards/" + ofA.getId() + "]")).hasSize(1);
        assertThat(page.select("a[href=/boards/" + ofB.getId() + "]")).isEmpty();
        assertThat(page.select("a[href=/boards/" + ofNone.getId() + "]")).hasSize(1);
    }

    @Test
    @DisplayName("should let someone of council A read a board of no organisation but refuse (403) every change to it, the database unchanged")
    void readsButNeverChangesABoardOfNone() throws Exception {
        Meeting meetingOfNone = meetings.save(new Meeting(ofNone, LocalDate.now().minusDays(3), null, "Town hall"));
        FollowUp followUp = followUps.save(new FollowUp(meetingOfNone, "CPP/N/1", "that officers report back", "Officers", false));

        mvc.perform(get("/boards/" + ofNone.getId()).with(managerOfA)).andExpect(status().isOk());
        mvc.perform(get("/meetings/" + meetingOfNone.getId()).with(managerOfA)).andExpect(status().isOk());
        mvc.perform(post("/boards/" + ofNone.getId() + "/meetings").with(managerOfA).with(csrf())
                .param("date", LocalDate.now().plusDays(30).toString())).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + meetingOfNone.getId() + "/items").with(managerOfA).with(csrf())
                .param("title", "Placements")).andExpect(status().isForbidden());
        mvc.perform(post("/follow-ups/" + followUp.getId() + "/close").with(managerOfA).with(csrf())
                .param("evidence", "Report received")).andExpect(status().isForbidden());
        mvc.perform(post("/boards/" + ofNone.getId() + "/programme").with(managerOfA).with(csrf())
                .param("title", "Placements").param("meeting", "")).andExpect(status().isForbidden());

        meetings.flush();
        assertThat(meetings.findByBoardOrderByDate(ofNone)).hasSize(1);
        assertThat(meetingOfNone.getAgendaItems()).isEmpty();
        assertThat(followUps.findById(followUp.getId()).orElseThrow().getStatus()).isEqualTo(FollowUpStatus.OPEN);
        mvc.perform(post("/boards/" + ofNone.getId() + "/meetings").with(WHOLE_INSTANCE).with(csrf())
                .param("date", LocalDate.now().plusDays(30).toString())).andExpect(status().is3xxRedirection());
        assertThat(meetings.findByBoardOrderByDate(ofNone)).hasSize(2);
    }

    @Test
    @DisplayName("should list the boards of no organisation to the instance's administrators, who give one to a council; no one else may")
    void instanceAdministratorsAssignBoardsOfNone() throws Exception {
        RequestPostProcessor instanceAdmin = user("admin").roles("ADMINISTRATOR");
        RequestPostProcessor adminOfA = user("a-admin").authorities(() -> "ROLE_ADMINISTRATOR",
                () -> OrganisationAuthority.of(ofA.getOrganisationId()));
        Board another = boards.save(new Board("Improvement Board", BoardKind.OTHER));

        Document list = boardsList(instanceAdmin);
        assertThat(list.select("#unassigned form[action=/boards/" + another.getId() + "/organisation]")).hasSize(1);
        assertThat(boardsList(adminOfA).select("#unassigned")).isEmpty();
        mvc.perform(post("/boards/" + another.getId() + "/organisation").with(adminOfA).with(csrf())
                .param("organisation", ofA.getOrganisationId().toString())).andExpect(status().isForbidden());
        mvc.perform(post("/boards/" + another.getId() + "/organisation").with(managerOfA).with(csrf())
                .param("organisation", ofA.getOrganisationId().toString())).andExpect(status().isForbidden());
        assertThat(boards.findById(another.getId()).orElseThrow().getOrganisationId()).isNull();

        mvc.perform(post("/boards/" + ofNone.getId() + "/organisation").with(instanceAdmin).with(csrf())
                .param("organisation", ofA.getOrganisationId().toString())).andExpect(status().is3xxRedirection());
        assertThat(boards.findById(ofNone.getId()).orElseThrow().getOrganisationId())
                .as("council A already has a Corporate Parenting Panel").isNull();
        mvc.perform(post("/boards/" + another.getId() + "/organisation").with(instanceAdmin).with(csrf())
                .param("organisation", ofA.getOrganisationId().toString())).andExpect(status().is3xxRedirection());
        assertThat(boards.findById(another.getId()).orElseThrow().getOrganisationId()).isEqualTo(ofA.getOrganisationId());
        mvc.perform(post("/boards/" + another.getId() + "/meetings").with(managerOfA).with(csrf())
                .param("date", LocalDate.now().plusDays(30).toString())).andExpect(status().is3xxRedirection());
    }

    @Test
    @DisplayName("should list every council's boards for someone of no organisation")
    void listsEverythingForTheWholeInstance() throws Exception {
        Document page = boardsList(WHOLE_INSTANCE);

        assertThat(page.select("a[href=/boards/" + ofA.getId() + "]")).hasSize(1);
        assertThat(page.select("a[href=/boards/" + ofB.getId() + "]")).hasSize(1);
    }

    @Test
    @DisplayName("should answer 'not found' when someone of council A opens or manages council B's board, but show its public page")
    void hidesAnotherCouncilsBoard() throws Exception {
        mvc.perform(get("/boards/" + ofA.getId()).with(managerOfA)).andExpect(status().isOk());
        mvc.perform(get("/boards/" + ofB.getId()).with(managerOfA)).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + meetingOfB.getId()).with(managerOfA)).andExpect(status().isNotFound());
        mvc.perform(post("/boards/" + ofB.getId() + "/meetings").with(managerOfA).with(csrf())
                .param("date", LocalDate.now().plusDays(30).toString())).andExpect(status().isNotFound());
        mvc.perform(post("/boards/" + ofB.getId() + "/programme").with(managerOfA).with(csrf())
                .param("title", "Placements").param("meeting", "")).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/" + meetingOfB.getId() + "/items").with(managerOfA).with(csrf())
                .param("title", "Placements")).andExpect(status().isNotFound());

        assertThat(meetings.findByBoardOrderByDate(ofB)).hasSize(1);
        mvc.perform(get("/boards/" + ofB.getId() + "/public").with(managerOfA)).andExpect(status().isOk());
        mvc.perform(get("/boards/" + ofB.getId() + "/public")).andExpect(status().isOk());
        mvc.perform(get("/boards/" + ofB.getId()).with(WHOLE_INSTANCE)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("should put in council A's board pack the follow-ups of A's panel, whoever prepares it, never B's or the panel of none")
    void packFollowUpsComeFromThePlanOwnersBoard() throws Exception {
        Organisation councilA = organisations.findById(ofA.getOrganisationId()).orElseThrow();
        ActionPlan planOfA = plans.save(new ActionPlan("Council A improvement plan", councilA,
                LocalDate.now().minusMonths(6), LocalDate.now().plusMonths(6)));
        Meeting meetingOfA = meetings.save(new Meeting(ofA, LocalDate.now().minusDays(14), null, "Civic centre"));
        followUps.save(new FollowUp(meetingOfA, "CPP/A/1", "that officers report on the stability of placements", "Officers", false));
        followUps.save(new FollowUp(meetingOfB, "CPP/B/1", "that officers report on the council's own foster carers", "Officers", false));

        for (RequestPostProcessor who : java.util.List.of(WHOLE_INSTANCE, managerOfA)) {
            String pack = mvc.perform(get("/plans/{id}/reports/draft", planOfA.getId()).param("board", PANEL)
                            .param("asAt", LocalDate.now().toString()).param("fileFormat", "html").with(who))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(pack).contains("that officers report on the stability of placements")
                    .doesNotContain("foster carers");
        }
    }
}
