package org.oversight.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.plan.*;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Posting progress updates commits for real, so each test works on its own action of one stored plan. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:test-database.properties", properties = "oversight.test.context=api-updates")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class ActionUpdatesApiTest {
    private static final RequestPostProcessor MANAGER = user("manager").roles("PLAN_MANAGER");
    private static final RequestPostProcessor LEAD = user(PlanFixtures.LEAD_USERNAME).roles("ACTION_LEAD");
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    long audit;
    long guidance;
    long attend;
    long report;

    @BeforeAll
    void storePlan(@Autowired OrganisationRepository organisations, @Autowired LeadRepository leads,
                   @Autowired PlanRepository plans) {
        PlanFixtures fixtures = new PlanFixtures();
        ActionPlan plan = fixtures.save(organisations, leads, plans, fixtures.aPublishedPlanWithOverdueActions()).get(0);
        audit = plan.findAction("1.1").orElseThrow().getId();
        guidance = plan.findAction("1.2").orElseThrow().getId();
        attend = plan.findAction("2.1").orElseThrow().getId();
        report = plan.findAction("2.2").orElseThrow().getId();
    }

    @Test
    @DisplayName("should record the update, answer 201 with its Location, and move the action's version on")
    void recordsUpdateWithLocation() throws Exception {
        long version = versionOf(report);
        String location = mvc.perform(postUpdate(report, version, "\"rag\": \"GREEN\", \"status\": \"IN_PROGRESS\","
                        + " \"evidence\": [{\"label\": \"Board minutes, March 2026\", \"url\": \"https://example.org/minutes\"}]")
                        .with(MANAGER))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*/api/actions/" + report + "/updates/\\d+")))
                .andExpect(jsonPath("$.update.author").value("manager"))
                .andExpect(jsonPath("$.update.evidence[0].label").value("Board minutes, March 2026"))
                .andExpect(jsonPath("$.actionVersion").value(greaterThan((int) version)))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(anonymous())).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Reported to the board as planned"));
        assertThat(versionOf(report)).isGreaterThan(version);
        assertThat(events.stream(ProgressUpdateRecorded.class).filter(e -> e.actionId() == report)).hasSize(1);
    }

    @Test
    @DisplayName("should answer 409 naming who changed the action and what, when expectedVersion is stale")
    void refusesStaleVersion() throws Exception {
        long seen = versionOf(guidance);
        mvc.perform(postUpdate(guidance, seen, "\"rag\": \"RED\"").with(MANAGER)).andExpect(status().isCreated());

        mvc.perform(postUpdate(guidance, seen, "\"rag\": \"GREEN\"").with(LEAD))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("latest change by manager"),
                        containsString("posted a progress update as at 31 March 2026 (Red)"),
                        containsString("Nothing you entered was saved"))))
                .andExpect(jsonPath("$.changedBy").value("manager"))
                .andExpect(jsonPath("$.currentVersion").value(versionOf(guidance)));
    }

    @Test
    @DisplayName("should let a lead post on an action whose lead they hold")
    void letsLeadPostOnOwnAction() throws Exception {
        mvc.perform(postUpdate(audit, versionOf(audit), "\"rag\": \"AMBER\"").with(LEAD))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.update.author").value(PlanFixtures.LEAD_USERNAME));
    }

    @Test
    @DisplayName("should answer 403 when a lead posts on an action they do not lead, or a viewer posts at all")
    void refusesOthersActions() throws Exception {
        mvc.perform(postUpdate(attend, versionOf(attend), "\"rag\": \"GREEN\"").with(LEAD))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("action 2.1 is not one of them")));
        mvc.perform(postUpdate(attend, versionOf(attend), "\"rag\": \"GREEN\"").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("should answer 401 asking for HTTP Basic when nobody is signed in")
    void asksAnonymousToSignIn() throws Exception {
        mvc.perform(post("/api/actions/{id}/updates", attend).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asAt\": \"2026-03-31\", \"text\": \"Done\", \"expectedVersion\": 0}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
        mvc.perform(postUpdate(attend, versionOf(attend), "\"rag\": \"GREEN\"")
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic("nobody", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("should answer 400 naming each missing or wrong field")
    void namesInvalidFields() throws Exception {
        mvc.perform(post("/api/actions/{id}/updates", attend).with(MANAGER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"asAt\": \"2026-03-31\", \"text\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("text", "expectedVersion")))
                .andExpect(jsonPath("$.detail").value(containsString("text: say what progress has been made")));
        mvc.perform(postUpdate(attend, versionOf(attend), "\"rag\": \"PURPLE\"").with(MANAGER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rag"))
                .andExpect(jsonPath("$.detail").value(containsString("'PURPLE' is not one of [RED, AMBER, GREEN, YELLOW, BLUE]")));
        mvc.perform(postUpdate(attend, versionOf(attend), "\"evidence\": [{\"url\": \"https://example.org\"}]").with(MANAGER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence[0].label"));
        mvc.perform(postUpdate(attend, versionOf(attend),
                        "\"evidence\": [{\"label\": \"Minutes\", \"url\": \"javascript:alert(1)\"}]").with(MANAGER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence[0].url"))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "must be a web address starting http:// or https://, or an e-mail address starting mailto:")));
    }

    private long versionOf(long actionId) throws Exception {
        String body = mvc.perform(get("/api/actions/{id}", actionId).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.version")).longValue();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postUpdate(
            long actionId, long expectedVersion, String extraFields) {
        String body = "{\"asAt\": \"2026-03-31\", \"text\": \"Reported to the board as planned\", \"expectedVersion\": "
                + expectedVersion + ", " + extraFields + "}";
        return post("/api/actions/{id}/updates", actionId).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
