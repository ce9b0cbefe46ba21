package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

@FormTest
class PlanFormsTest {
    /** Requests from a plan manager; roles come from the request so the session plays no part. */
    static final RequestPostProcessor MANAGER = user("manager").roles("PLAN_MANAGER");
    @Autowired MockMvc mvc;
    @Autowired PlanRepository plans;
    @Autowired OrganisationRepository organisations;
    @Autowired PlatformTransactionManager txManager;
    @Autowired AuditTrail audit;
    FormFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FormFixtures(plans, organisations, txManager);
    }

    @Test
    @DisplayName("should create a plan through the form and show it on its dashboard and the list")
    void createsPlan() throws Exception {
        String location = mvc.perform(post("/plans/new").with(csrf()).with(MANAGER).param("title", "Safeguarding improvement plan")
                        .param("source", "Ofsted inspection").param("newOwner", "Riverside Borough Council")
                        .param("periodStart", "2026-04-01").param("periodEnd", "2027-03-31").param("cadence", "QUARTERLY")
                        .param("colours", "RED", "AMBER", "GREEN", "BLUE").param("_colours", "on")
                        .param("completeColour", "BLUE").param("published", "true").param("newRound", "2026-06-30"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document page = page(location);
        assertThat(page.select("h1").text()).isEqualTo("Safeguarding improvement plan");
        assertThat(page.text()).contains("Riverside Borough Council", "quarterly", "Progress as at 30 June 2026");
        assertThat(page("/plans").text()).contains("Safeguarding improvement plan");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ActionPlan saved = plans.findById(id).orElseThrow();
        assertThat(saved.getCompleteColour()).isEqualTo(RagColour.BLUE);
        assertThat(saved.isPublished()).isTrue();
        assertThat(audit.historyOf("ActionPlan", id)).hasSize(1);
    }

    @Test
    @DisplayName("should re-render with an error summary linking to the title and save nothing when the title is blank")
    void refusesBlankTitle() throws Exception {
        long before = plans.count();
        Document page = Jsoup.parse(mvc.perform(post("/plans/new").with(csrf()).with(MANAGER).param("title", " ")
                        .param("newOwner", "Riverside Borough Council").param("cadence", "MONTHLY")
                        .param("colours", "RED", "GREEN").param("completeColour", "GREEN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".govuk-error-summary a[href=#title]").text()).isEqualTo("Enter the plan's title");
        assertThat(page.select("#title-error").text()).contains("Enter the plan's title");
        assertThat(plans.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should refuse a plan period that ends before it starts")
    void refusesBackwardsPeriod() throws Exception {
        long planId = fixtures.aPlanWithOneAction();
        Document page = Jsoup.parse(mvc.perform(post("/plans/" + planId + "/edit").with(csrf()).with(MANAGER).param("title", "Renamed")
                        .param("newOwner", "Kingsmead Council").param("periodStart", "2027-01-01")
                        .param("periodEnd", "2026-01-01").param("cadence", "MONTHLY").param("colours", "RED", "GREEN")
                        .param("completeColour", "GREEN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a[href=#periodEnd]").text()).contains("end on or after");
        assertThat(plans.findById(planId).orElseThrow().getTitle()).isNotEqualTo("Renamed");
    }

    @Test
    @DisplayName("should add a recommendation and a workstream through the forms and show them")
    void addsRecommendationAndWorkstream() throws Exception {
        long planId = fixtures.aPlanWithOneAction();
        mvc.perform(post("/plans/" + planId + "/workstreams/new").with(csrf()).with(MANAGER).param("number", "3")
                        .param("title", "Partnership working").param("lead", "Head of Partnerships")
                        .param("deliverables", "1 A shared front door\n2 Joint audits"))
                .andExpect(status().is3xxRedirection());
        String wsId = String.valueOf(fixtures.workstreamId(planId, "3"));
        String location = mvc.perform(post("/plans/" + planId + "/recommendations/new").with(csrf()).with(MANAGER)
                        .param("number", "4.2").param("text", "Agencies must share information")
                        .param("theme", "Interagency working").param("responsibility", "PARTNER")
                        .param("workstreamId", wsId))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document page = page(location);
        assertThat(page.select("h1").text()).isEqualTo("Recommendation 4.2");
        assertThat(page.text()).contains("Agencies must share information", "Interagency working",
                "For a partner to act on", "3. Partnership working");
        assertThat(page("/plans/" + planId).text()).contains("Partnership working");
    }

    @Test
    @DisplayName("should refuse a recommendation number the plan already has")
    void refusesDuplicateRecommendationNumber() throws Exception {
        long planId = fixtures.aPlanWithOneAction();
        Document page = Jsoup.parse(mvc.perform(post("/plans/" + planId + "/recommendations/new").with(csrf()).with(MANAGER)
                        .param("number", "1").param("text", "Another").param("responsibility", "OURS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary a[href=#number]").text())
                .contains("Recommendation 1 already exists");
    }

    @Test
    @DisplayName("should answer 403 to a viewer and an action lead on every form route")
    void forbidsViewersAndLeads() throws Exception {
        long planId = fixtures.aPlanWithOneAction();
        long recId = fixtures.recommendationId(planId);
        long actionId = fixtures.action(planId, "1.1").id();
        List<String> routes = List.of("/plans/new", "/plans/" + planId + "/edit",
                "/plans/" + planId + "/recommendations/new", "/plans/" + planId + "/recommendations/" + recId + "/edit",
                "/plans/" + planId + "/workstreams/new", "/plans/" + planId + "/recommendations/" + recId + "/actions/new",
                "/recommendations/" + recId + "/actions/new", "/actions/" + actionId + "/edit");
        for (String role : List.of("VIEWER", "ACTION_LEAD")) {
            var who = user("someone").roles(role);
            for (String route : routes) {
                mvc.perform(get(route).with(who)).andExpect(status().isForbidden());
                mvc.perform(post(route).with(who).with(csrf()).param("title", "x").param("number", "9")
                        .param("reference", "9.9").param("description", "x").param("text", "x"))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(post("/actions/" + actionId + "/archive").with(who).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(fixtures.action(planId, "1.1").archived()).isFalse();
        assertThat(fixtures.actionCount(planId)).isEqualTo(1);
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(MANAGER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
