package org.oversight.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.OrganisationAuthority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo council's committee business and indicators are its own: the neighbouring council's
 * plan manager is answered "not found" (404), as for an unpublished plan, for every change, and
 * the database holds afterwards exactly what it held before. The council's own plan manager makes
 * the same change, so the refusal is not an accident of the request.
 */
@OversightTest
@Transactional
class CrossCouncilWritesTest {
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager entities;

    private RequestPostProcessor neighbour;
    private RequestPostProcessor manager;
    private long scrutiny;

    @BeforeEach
    void people() {
        neighbour = member("neighbour");
        manager = member("manager");
        scrutiny = jdbc.queryForObject("select id from board where name like 'Children''s Services Overview%'", Long.class);
    }

    private RequestPostProcessor member(String username) {
        long organisation = jdbc.queryForObject("select organisation_id from account where username = ?", Long.class, username);
        return user(username).authorities(new SimpleGrantedAuthority("ROLE_PLAN_MANAGER"),
                new SimpleGrantedAuthority(OrganisationAuthority.of(organisation)));
    }

    /** Everything a refused change could have touched, as the database holds it. */
    private Map<String, Object> business() {
        entities.flush();
        return Map.of(
                "meetings", jdbc.queryForList("select id, board_id, meeting_date, venue from meeting order by id"),
                "items", jdbc.queryForList("select id, meeting_id, title from agenda_item order by id"),
                "followUps", jdbc.queryForList("select id, status, evidence from follow_up order by id"),
                "programme", jdbc.queryForList("select id, planned_for, status from work_programme_item order by id"),
                "programmeChanges", jdbc.queryForList("select id, item_id from work_programme_change order by id"),
                "links", jdbc.queryForList("select indicator_id, action_id from indicator_action_link order by 1, 2"));
    }

    private void refusedAsNotFoundThenDoneByTheCouncil(MockHttpServletRequestBuilder change) throws Exception {
        Map<String, Object> before = business();
        mvc.perform(change.with(neighbour).with(csrf())).andExpect(status().isNotFound());
        assertThat(business()).as("the database after the neighbour's refused change").isEqualTo(before);

        mvc.perform(change.with(manager).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(business()).as("the council's own plan manager makes the change").isNotEqualTo(before);
    }

    private LocalDate nextMeeting() {
        return jdbc.queryForObject("select min(meeting_date) from meeting where board_id = ? and meeting_date > ?",
                LocalDate.class, scrutiny, LocalDate.now());
    }

    @Test
    @DisplayName("should refuse (404) the neighbour adding a meeting to the council's scrutiny committee")
    void addingAMeeting() throws Exception {
        refusedAsNotFoundThenDoneByTheCouncil(post("/boards/{id}/meetings", scrutiny)
                .param("date", LocalDate.now().plusDays(40).toString()).param("venue", "Ashcombe Town Hall"));
    }

    @Test
    @DisplayName("should refuse (404) the neighbour adding a minute item to the council's meeting")
    void addingAMinuteItem() throws Exception {
        long meeting = jdbc.queryForObject("select max(id) from meeting where board_id = ? and meeting_date < ?", Long.class,
                scrutiny, LocalDate.now());
        refusedAsNotFoundThenDoneByTheCouncil(post("/meetings/{id}/items", meeting)
                .param("title", "Placements").param("summary", "Noted"));
    }

    @Test
    @DisplayName("should refuse (404) the neighbour closing the council's follow-up")
    void closingAFollowUp() throws Exception {
        long followUp = jdbc.queryForObject("select min(id) from follow_up where status <> 'CLOSED'", Long.class);
        refusedAsNotFoundThenDoneByTheCouncil(post("/follow-ups/{id}/close", followUp)
                .param("evidence", "Report received at the meeting"));
    }

    @Test
    @DisplayName("should refuse (404) the neighbour moving or removing the council's work-programme items")
    void movingWorkProgrammeItems() throws Exception {
        long item = jdbc.queryForObject("select min(id) from work_programme_item where status <> 'REMOVED' and board_id = ?"
                + " and planned_for <> ?", Long.class, scrutiny, nextMeeting());
        refusedAsNotFoundThenDoneByTheCouncil(post("/work-programme/{id}/move", item)
                .param("meeting", nextMeeting().toString()).param("reason", "Brought forward"));
        Map<String, Object> before = business();
        mvc.perform(post("/work-programme/{id}/remove", item).with(neighbour).with(csrf()).param("reason", "Not needed"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/boards/{id}/programme", scrutiny).with(neighbour).with(csrf()).param("title", "Placements")
                .param("meeting", nextMeeting().toString())).andExpect(status().isNotFound());
        assertThat(business()).isEqualTo(before);
    }

    @Test
    @DisplayName("should refuse (404) the neighbour linking the council's indicator to the council's action, or its own to the council's")
    void linkingAnIndicatorToAnAction() throws Exception {
        long indicator = jdbc.queryForObject("select min(id) from indicator where code = 'CP 1'", Long.class);
        long action = jdbc.queryForObject("select min(id) from plan_action where id not in"
                + " (select action_id from indicator_action_link where indicator_id = ?)", Long.class, indicator);
        refusedAsNotFoundThenDoneByTheCouncil(post("/indicators/{id}/links", indicator).param("actionId", Long.toString(action)));

        long neighbourOrganisation = jdbc.queryForObject("select organisation_id from account where username = 'neighbour'", Long.class);
        jdbc.update("insert into indicator (code, title, unit, polarity, frequency, organisation_id, organisation_key, version)"
                + " values ('ASH 1', 'Ashcombe series', 'COUNT', 'NONE', 'quarterly', ?, ?, 0)", neighbourOrganisation, neighbourOrganisation);
        long own = jdbc.queryForObject("select id from indicator where code = 'ASH 1'", Long.class);
        Map<String, Object> before = business();
        for (String path : List.of("/indicators/{id}/links")) {
            mvc.perform(post(path, own).with(neighbour).with(csrf()).param("actionId", Long.toString(action)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/indicators/{id}/links/{action}/delete", indicator, action).with(neighbour).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(business()).isEqualTo(before);
    }
}
