package org.oversight.plan.api;

import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.*;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:test-database.properties")
@Transactional
class PlanApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    LeadRepository leads;
    @Autowired
    PlanRepository plans;
    ActionPlan published;
    ActionPlan draft;

    @BeforeEach
    void storePlans() {
        PlanFixtures fixtures = new PlanFixtures();
        fixtures.save(organisations, leads, plans, fixtures.aPublishedPlanWithOverdueActions(), fixtures.aDraftPlan());
        published = plans.findByPublishedTrueAndArchivedFalseOrderByTitle().get(0);
        draft = plans.findByArchivedFalseOrderByTitle().stream().filter(p -> !p.isPublished()).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("should list only published plans, with a RAG tally, when anonymous")
    void listsPublishedPlansWithTallyForAnonymous() throws Exception {
        mvc.perform(get("/api/plans").param("asAt", PlanFixtures.AS_AT.toString()).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(published.getId()))
                .andExpect(jsonPath("$[0].published").value(true))
                .andExpect(jsonPath("$[0].periodStart").value("2025-10-01"))
                .andExpect(jsonPath("$[0].actions").value(4))
                .andExpect(jsonPath("$[0].tally.RED").value(1))
                .andExpect(jsonPath("$[0].tally.AMBER").value(1))
                .andExpect(jsonPath("$[0].tally.GREEN").value(2))
                .andExpect(jsonPath("$[0].rollUp").value("RED"));
    }

    @Test
    @DisplayName("should list unpublished plans too when signed in as a viewer")
    void listsAllPlansForViewer() throws Exception {
        mvc.perform(get("/api/plans").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    @DisplayName("should give the plan in the exchange format with ids")
    void readsPlanInExchangeFormat() throws Exception {
        mvc.perform(get("/api/plans/{id}", published.getId()).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.id").value(published.getId()))
                .andExpect(jsonPath("$.plan.title").value(published.getTitle()))
                .andExpect(jsonPath("$.plan.asAt").value(PlanFixtures.AS_AT.toString()))
                .andExpect(jsonPath("$.workstreams[0].deliverables[0].number").value("1.1"))
                .andExpect(jsonPath("$.recommendations", hasSize(2)))
                .andExpect(jsonPath("$.recommendations[0].id").isNumber())
                .andExpect(jsonPath("$.recommendations[0].actions[0].id").isNumber())
                .andExpect(jsonPath("$.recommendations[0].actions[0].rag").value("RED"))
                .andExpect(jsonPath("$.recommendations[1].actions[0].dependsOn[0]").value("1.1"));
    }

    @Test
    @DisplayName("should answer 404, as for a plan that does not exist, when anonymous asks for an unpublished plan")
    void hidesUnpublishedPlanFromAnonymous() throws Exception {
        mvc.perform(get("/api/plans/{id}", draft.getId()).with(anonymous()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("There is no plan with id " + draft.getId() + "."));
        long draftAction = draft.actions().get(0).getId();
        mvc.perform(get("/api/actions/{id}", draftAction).with(anonymous()))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("should show an unpublished plan to a viewer")
    void showsUnpublishedPlanToViewer() throws Exception {
        mvc.perform(get("/api/plans/{id}", draft.getId()).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.title").value(draft.getTitle()));
    }

    @Test
    @DisplayName("should give every action with its assessment and reasons in words")
    void listsActionsWithAssessment() throws Exception {
        actions().andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].ref").value("1.1"))
                .andExpect(jsonPath("$[0].rag").value("RED"))
                .andExpect(jsonPath("$[0].proposed").value("RED"))
                .andExpect(jsonPath("$[0].overridden").value(false))
                .andExpect(jsonPath("$[0].version").isNumber())
                .andExpect(jsonPath("$[0].headline").value(startsWith("Deadline of 31 January 2026 passed 59 days ago")))
                .andExpect(jsonPath("$[0].reasons[*].rule", hasItem("OVERDUE")))
                .andExpect(jsonPath("$[2].reasons[*].words", hasItem(containsString("depends on action 1.1"))));
    }

    @Test
    @DisplayName("should keep only the actions of the given RAG")
    void filtersByRag() throws Exception {
        actions("rag", "amber").andExpect(jsonPath("$[*].ref", contains("2.1")));
    }

    @Test
    @DisplayName("should keep only the actions whose lead matches by name or by the username holding it")
    void filtersByLead() throws Exception {
        actions("lead", "designated nurse").andExpect(jsonPath("$[*].ref", contains("2.1", "2.2")));
        actions("lead", PlanFixtures.LEAD_USERNAME).andExpect(jsonPath("$[*].ref", contains("1.1", "1.2", "2.2")));
    }

    @Test
    @DisplayName("should filter by the lead's organisation, priority and due dates")
    void filtersByOrganisationPriorityAndDue() throws Exception {
        actions("organisation", "integrated care").andExpect(jsonPath("$[*].ref", contains("2.1", "2.2")));
        actions("priority", "HIGH").andExpect(jsonPath("$[*].ref", contains("1.1", "2.1")));
        actions("dueFrom", "2026-01-01", "dueTo", "2026-06-30").andExpect(jsonPath("$[*].ref", contains("1.1", "2.1")));
    }

    @Test
    @DisplayName("should answer 400 naming the parameter when a filter cannot be read")
    void rejectsUnreadableFilters() throws Exception {
        actions("rag", "purple").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rag"))
                .andExpect(jsonPath("$.detail").value(containsString("'purple' is not a RAG colour")));
        actions("dueFrom", "next week").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueFrom"));
    }

    private org.springframework.test.web.servlet.ResultActions actions(String... params) throws Exception {
        var request = get("/api/plans/{id}/actions", published.getId()).param("asAt", PlanFixtures.AS_AT.toString());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(anonymous()));
    }

    @Test
    @DisplayName("should describe the API, its security scheme and its operations at /api/docs")
    void servesOpenApiDescription() throws Exception {
        mvc.perform(get("/api/docs").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.paths['/api/actions/{id}/updates'].post.summary").value("Post a progress update on an action"))
                .andExpect(jsonPath("$.paths['/api/plans/{id}/actions'].get.parameters[*].name", hasItems("lead", "rag", "dueFrom")));
    }
}
