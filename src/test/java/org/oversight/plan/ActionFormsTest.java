package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditTrail;
import org.oversight.timescale.TimescaleKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

@FormTest
class ActionFormsTest {
    /** Requests from a plan manager; roles come from the request so the session plays no part. */
    static final RequestPostProcessor MANAGER = user("manager").roles("PLAN_MANAGER");
    @Autowired MockMvc mvc;
    @Autowired PlanRepository plans;
    @Autowired OrganisationRepository organisations;
    @Autowired LeadRepository leads;
    @Autowired PlatformTransactionManager txManager;
    @Autowired AuditTrail audit;
    FormFixtures fixtures;
    long planId;
    long recId;

    @BeforeEach
    void aPlan() {
        fixtures = new FormFixtures(plans, organisations, txManager);
        planId = fixtures.aPlanWithOneAction();
        recId = fixtures.recommendationId(planId);
    }

    @Test
    @DisplayName("should add an action through the form and show it, its leads and dependencies on its page")
    void addsAction() throws Exception {
        String location = mvc.perform(newAction("1.2", "Audit every case file")
                        .param("leads", "Head of Quality Assurance\nPerson: Jo Bloggs\nBody: Kingsmead NHS Trust")
                        .param("priority", "HIGH").param("timescale", "April 2026").param("dependencies", "1.1, WS 2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document page = page(location);
        assertThat(page.select("h1").text()).isEqualTo("Action 1.2");
        assertThat(page.text()).contains("Audit every case file", "Head of Quality Assurance", "Jo Bloggs",
                "Kingsmead NHS Trust", "Action 1.1", "Workstream 2: Quality of practice", "April 2026");
        assertThat(page.select("#timescale-warning")).isEmpty();
        assertThat(fixtures.action(planId, "1.2").leads())
                .isEqualTo("Role: Head of Quality Assurance\nPerson: Jo Bloggs\nBody: Kingsmead NHS Trust");
        assertThat(page("/plans/" + planId + "/recommendations/" + recId).text()).contains("1.2 Audit every case file");
    }

    @Test
    @DisplayName("should reuse a lead already known by kind and name")
    void reusesLeads() throws Exception {
        mvc.perform(newAction("1.2", "First").param("leads", "Person: Sam Reuse")).andExpect(status().is3xxRedirection());
        mvc.perform(newAction("1.3", "Second").param("leads", "Person: Sam Reuse")).andExpect(status().is3xxRedirection());
        assertThat(leads.findAll().stream().filter(l -> l.getName().equals("Sam Reuse")).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("should re-render with the error summary and save nothing when the description is blank")
    void refusesBlankDescription() throws Exception {
        Document page = rerendered(newAction("1.2", ""));
        assertThat(page.select(".govuk-error-summary a[href=#description]").text()).isEqualTo("Enter what the action is");
        assertThat(fixtures.actionCount(planId)).isEqualTo(1);
    }

    @Test
    @DisplayName("should refuse a reference the plan already has")
    void refusesDuplicateReference() throws Exception {
        Document page = rerendered(newAction("1.1", "A second action with the same reference"));
        assertThat(page.select(".govuk-error-summary a[href=#reference]").text()).contains("Action 1.1 already exists");
        assertThat(fixtures.actionCount(planId)).isEqualTo(1);
    }

    @Test
    @DisplayName("should refuse a dependency on an action the plan does not have, naming it")
    void refusesUnknownDependency() throws Exception {
        Document page = rerendered(newAction("1.2", "Depends on something missing").param("dependencies", "1.1, 9.9"));
        assertThat(page.select(".govuk-error-summary a[href=#dependencies]").text())
                .isEqualTo("There is no action 9.9 in this plan");
        assertThat(page.select("#dependencies").val()).isEqualTo("1.1, 9.9");
        assertThat(fixtures.actionCount(planId)).isEqualTo(1);
    }

    @Test
    @DisplayName("should keep an unreadable timescale as written and flag it on the action page")
    void flagsUnknownTimescale() throws Exception {
        String location = mvc.perform(newAction("1.2", "Review the front door").param("timescale", "iviay ZUTZ"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        FormFixtures.ActionView saved = fixtures.action(planId, "1.2");
        assertThat(saved.timescaleText()).isEqualTo("iviay ZUTZ");
        assertThat(saved.timescaleKind()).isEqualTo(TimescaleKind.UNKNOWN);
        Document page = page(location);
        assertThat(page.select("#timescale-warning").text()).contains("could not read the timescale",
                "iviay ZUTZ", "Fix the timescale");
        assertThat(page.text()).contains("Could not be read: a person needs to correct it");
    }

    @Test
    @DisplayName("should refuse the second of two edits made from the same version, showing the first person's value")
    void refusesConflictingEdit() throws Exception {
        FormFixtures.ActionView original = fixtures.action(planId, "1.1");
        long id = original.id();
        mvc.perform(edit(id, original.version(), "Appoint a permanent director by April"))
                .andExpect(status().is3xxRedirection());
        Document page = rerendered(edit(id, original.version(), "Appoint an interim director"));
        assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this action");
        assertThat(page.select(".conflict-row").text()).contains("Description",
                "Appoint a permanent director by April", "Appoint an interim director");
        assertThat(page.select("#description").text()).isEqualTo("Appoint an interim director");
        assertThat(fixtures.action(planId, "1.1").description()).isEqualTo("Appoint a permanent director by April");
        assertThat(audit.historyOf("Action", id)).extracting(e -> e.getChangeKind()).containsExactly("edited");
    }

    @Test
    @DisplayName("should archive an action without deleting it")
    void archivesAction() throws Exception {
        long id = fixtures.action(planId, "1.1").id();
        mvc.perform(post("/actions/" + id + "/archive").with(csrf()).with(MANAGER)).andExpect(status().is3xxRedirection());
        assertThat(fixtures.action(planId, "1.1")).isNull();
        mvc.perform(get("/actions/" + id).with(MANAGER)).andExpect(status().isNotFound());
        assertThat(audit.historyOf("Action", id)).extracting(e -> e.getChangeKind()).containsExactly("archived");
    }

    private MockHttpServletRequestBuilder newAction(String reference, String description) {
        return post("/plans/" + planId + "/recommendations/" + recId + "/actions/new").with(csrf()).with(MANAGER)
                .param("reference", reference).param("description", description).param("status", "NOT_STARTED");
    }

    private MockHttpServletRequestBuilder edit(long id, long version, String description) {
        return post("/actions/" + id + "/edit").with(csrf()).with(MANAGER).param("version", String.valueOf(version))
                .param("reference", "1.1").param("description", description).param("status", "IN_PROGRESS");
    }

    private Document rerendered(MockHttpServletRequestBuilder request) throws Exception {
        Document page = Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.title()).startsWith("Error:");
        return page;
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(MANAGER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
