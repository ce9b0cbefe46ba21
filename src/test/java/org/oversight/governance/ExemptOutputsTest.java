package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Exempt business of the demo's corporate parenting panel never reaches a public output. */
@OversightTest
@DisplayName("Exempt items")
class ExemptOutputsTest {
    static final String EXEMPT_TITLE = "Oakfield Homes";
    static final String EXEMPT_WORDS = "contract monitoring visits";

    @Autowired
    MockMvc mvc;
    @Autowired
    Boards boards;

    long panel() {
        return DemoBoard.named(boards, "Corporate Parenting Panel").orElseThrow().getId();
    }

    String body(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("should be absent from the anonymous public page, which still shows the public decisions")
    void absentFromPublicPage() throws Exception {
        String page = body("/boards/" + panel() + "/public");
        assertThat(page).contains("Health of Children in Care", "dental checks", "1 exempt item is not shown.")
                .doesNotContain(EXEMPT_TITLE, EXEMPT_WORDS, "commercial terms");
    }

    @Test
    @DisplayName("should be absent from the public JSON, including its follow-up")
    void absentFromPublicJson() throws Exception {
        String json = body("/boards/" + panel() + "/public.json");
        assertThat(json).contains("Health of Children in Care", "dental checks").doesNotContain(EXEMPT_TITLE, EXEMPT_WORDS);
    }

    @Test
    @DisplayName("should be absent from the calendar feed, which parses as iCalendar with every meeting")
    void absentFromCalendar() throws Exception {
        var response = mvc.perform(get("/boards/" + panel() + "/meetings.ics")).andExpect(status().isOk()).andReturn().getResponse();
        String ics = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(ics).doesNotContain(EXEMPT_TITLE).contains("\r\n").contains("TZID=Europe/London");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(5);
        assertThat(calendar.<VEvent>getComponents("VEVENT")).allSatisfy(e -> {
            assertThat(e.getUid()).isPresent();
            assertThat(e.getDateTimeStamp()).isNotNull();
            assertThat(e.getDateTimeStart().getParameter("TZID")).isPresent();
        });
    }

    @Test
    @DisplayName("should be absent from the board page of a signed-in viewer with no role on that board")
    void absentForSomeoneWithoutARole() throws Exception {
        String page = mvc.perform(get("/boards/" + panel()).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(EXEMPT_TITLE, EXEMPT_WORDS);
    }

    @Test
    @DisplayName("should show to a signed-in member of that board, marked exempt with its paragraph, and its follow-up")
    void shownToAMember() throws Exception {
        String page = mvc.perform(get("/boards/" + panel()).with(user("manager").roles("PLAN_MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(EXEMPT_TITLE, "Exempt (paragraph 3)", EXEMPT_WORDS);
    }

    @Test
    @DisplayName("should keep board and meeting pages from anonymous visitors")
    void boardPagesNeedSignIn() throws Exception {
        mvc.perform(get("/boards/" + panel())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/boards")).andExpect(status().is3xxRedirection());
    }
}
