package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@OversightTest
@Transactional
@DisplayName("The work programme's forms")
class WorkProgrammePagesTest {
    private static final RequestPostProcessor MANAGER = user("manager").roles("PLAN_MANAGER");
    @Autowired
    MockMvc mvc;
    @Autowired
    Boards boards;
    @Autowired
    Meetings meetings;
    @Autowired
    WorkProgramme programme;

    Board panel() {
        return DemoBoard.named(boards, "Corporate Parenting Panel").orElseThrow();
    }

    List<LocalDate> futureMeetings(Board board) {
        return meetings.findByBoardOrderByDate(board).stream().map(Meeting::getDate).filter(d -> d.isAfter(LocalDate.now())).toList();
    }

    WorkProgrammeItem titled(Board board, String title) {
        return programme.findByBoardOrderByPlannedForAscIdAsc(board).stream().filter(i -> i.getTitle().equals(title))
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("should add an item for a future meeting, move it with who and why, and remove it keeping its history")
    void addMoveRemove() throws Exception {
        List<LocalDate> dates = futureMeetings(panel());
        mvc.perform(post("/boards/" + panel().getId() + "/programme").with(MANAGER).with(csrf())
                        .param("title", "Care leavers' accommodation").param("meeting", dates.get(0).toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        WorkProgrammeItem item = titled(panel(), "Care leavers' accommodation");
        assertThat(item.getPlannedFor()).isEqualTo(dates.get(0));

        mvc.perform(post("/work-programme/" + item.getId() + "/move").with(MANAGER).with(csrf())
                        .param("meeting", dates.get(1).toString()).param("reason", "The housing report is not ready"))
                .andExpect(status().is3xxRedirection());
        String movedFrom = "Moved from " + Dates.longDate(dates.get(0)) + " to " + Dates.longDate(dates.get(1));
        assertThat(page("/work-programme/" + item.getId())).contains(movedFrom + ": The housing report is not ready", "manager");
        assertThat(page("/boards/" + panel().getId())).contains(movedFrom + ": The housing report is not ready (manager, ");

        mvc.perform(post("/work-programme/" + item.getId() + "/remove").with(MANAGER).with(csrf())
                .param("reason", "Covered by the sufficiency strategy item")).andExpect(status().is3xxRedirection());
        WorkProgrammeItem removed = programme.findById(item.getId()).orElseThrow();
        assertThat(removed.isRemoved()).isTrue();
        assertThat(removed.getHistory()).extracting(WorkProgrammeChange::getKind).containsExactly(
                WorkProgrammeChange.Kind.ADDED, WorkProgrammeChange.Kind.MOVED, WorkProgrammeChange.Kind.REMOVED);
        assertThat(page("/boards/" + panel().getId())).contains("Removed from the work programme (1)",
                "Removed from " + Dates.longDate(dates.get(1)) + ": Covered by the sufficiency strategy item");
        assertThat(page("/work-programme/" + item.getId())).doesNotContain("Move the item", "Remove the item");
    }

    @Test
    @DisplayName("should refuse an item without a title, for a past date or for a day the board does not meet, storing nothing")
    void refusesBadAdditions() throws Exception {
        int before = programme.findByBoardOrderByPlannedForAscIdAsc(panel()).size();
        LocalDate past = meetings.findByBoardOrderByDate(panel()).get(0).getDate();
        String next = futureMeetings(panel()).get(0).toString();
        var refused = add("", next).andExpect(flash().attribute("errorMessage", "Enter what the board will consider")).andReturn();
        String shown = mvc.perform(get("/boards/" + panel().getId()).with(MANAGER).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("There is a problem", "href=\"#programme-title\"", "id=\"programme-title-error\"");
        add("Fostering recruitment", past.toString()).andExpect(flash().attribute("errorMessage", "Choose one of the board's future meetings"));
        add("Fostering recruitment", LocalDate.parse(next).plusDays(1).toString())
                .andExpect(flash().attribute("errorField", "meeting"));
        add("Fostering recruitment", "not a date").andExpect(flash().attribute("errorField", "meeting"));
        assertThat(programme.findByBoardOrderByPlannedForAscIdAsc(panel())).hasSize(before);
    }

    @Test
    @DisplayName("should refuse a move without a reason or to the same meeting, and a removal without a reason")
    void refusesBadMovesAndRemovals() throws Exception {
        LocalDate first = futureMeetings(panel()).get(0);
        WorkProgrammeItem item = programme.save(new WorkProgrammeItem(panel(), "Virtual school annual report", first, "manager",
                java.time.Instant.now()));
        mvc.perform(post("/work-programme/" + item.getId() + "/move").with(MANAGER).with(csrf())
                .param("meeting", futureMeetings(panel()).get(1).toString()).param("reason", " "))
                .andExpect(flash().attribute("errorMessage", "Say why the item is moving"));
        mvc.perform(post("/work-programme/" + item.getId() + "/move").with(MANAGER).with(csrf())
                .param("meeting", first.toString()).param("reason", "No change"))
                .andExpect(flash().attribute("errorField", "meeting"));
        var refused = mvc.perform(post("/work-programme/" + item.getId() + "/remove").with(MANAGER).with(csrf()))
                .andExpect(flash().attribute("errorMessage", "Say why the item is being removed")).andReturn();
        String shown = mvc.perform(get("/work-programme/" + item.getId()).with(MANAGER).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("<title>Error: ", "href=\"#remove-reason\"", "id=\"remove-reason-error\"",
                "aria-describedby=\"remove-reason-error\"");
        WorkProgrammeItem unchanged = programme.findById(item.getId()).orElseThrow();
        assertThat(unchanged.getHistory()).hasSize(1);
        assertThat(unchanged.getPlannedFor()).isEqualTo(first);
    }

    @Test
    @DisplayName("should let the board's own supporting officer change its programme, and no viewer or officer of another board")
    void onlyManagersAndTheBoardsOfficers() throws Exception {
        Board panel = panel();
        panel.addMember("Sam Clerk, democratic services", MemberRole.SUPPORTING_OFFICER, "panelclerk");
        boards.saveAndFlush(panel);
        String next = futureMeetings(panel).get(0).toString();
        mvc.perform(post("/boards/" + panel.getId() + "/programme").with(user("panelclerk").roles("VIEWER")).with(csrf())
                .param("title", "Staying put arrangements").param("meeting", next)).andExpect(status().is3xxRedirection());
        assertThat(titled(panel, "Staying put arrangements").getHistory().get(0).getChangedBy()).isEqualTo("panelclerk");

        Board scrutiny = DemoBoard.named(boards, "Children's Services Overview and Scrutiny Committee").orElseThrow();
        mvc.perform(post("/boards/" + scrutiny.getId() + "/programme").with(user("panelclerk").roles("VIEWER")).with(csrf())
                .param("title", "Anything").param("meeting", futureMeetings(scrutiny).get(0).toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/boards/" + panel.getId() + "/programme").with(user("viewer").roles("VIEWER")).with(csrf())
                .param("title", "Anything").param("meeting", next)).andExpect(status().isForbidden());
        String viewerPage = mvc.perform(get("/boards/" + panel.getId()).with(user("viewer").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(viewerPage).contains("Work programme").doesNotContain("Add to the work programme");
    }

    private org.springframework.test.web.servlet.ResultActions add(String title, String meeting) throws Exception {
        return mvc.perform(post("/boards/" + panel().getId() + "/programme").with(MANAGER).with(csrf())
                .param("title", title).param("meeting", meeting)).andExpect(status().is3xxRedirection());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(MANAGER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
