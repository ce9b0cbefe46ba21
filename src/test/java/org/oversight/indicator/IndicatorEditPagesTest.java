package org.oversight.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.Action;
import org.oversight.plan.ActionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** Editing an indicator's definition, and linking indicators from the plan's side. */
@OversightTest
@Transactional
class IndicatorEditPagesTest {
    private static final RequestPostProcessor MANAGER = user("manager").roles("PLAN_MANAGER");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMINISTRATOR");
    private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

    @Autowired MockMvc mvc;
    @Autowired IndicatorRepository indicators;
    @Autowired ActionRepository actions;
    @Autowired AuditTrail audit;

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private Indicator lac1() {
        return DemoIndicator.coded(indicators, "LAC 1").orElseThrow();
    }

    private MockHttpServletRequestBuilder edit(Indicator i, String title, long version, RequestPostProcessor who) {
        return edit(i, i.getCode(), title, version, who);
    }

    private MockHttpServletRequestBuilder edit(Indicator i, String code, String title, long version, RequestPostProcessor who) {
        return post("/indicators/" + i.getId() + "/edit").with(who).with(csrf()).param("code", code)
                .param("title", title).param("unit", i.getUnit().name()).param("polarity", i.getPolarity().name())
                .param("frequency", "quarterly").param("owner", "Designated nurse").param("tolerance", "2.5")
                .param("numeratorDefinition", "Assessed within 20 working days").param("version", Long.toString(version));
    }

    @Test
    @DisplayName("should show the definition form, filled in, to plan managers and not to viewers")
    void showsForm() throws Exception {
        Document form = page(get("/indicators/" + lac1().getId() + "/edit").with(MANAGER));

        assertThat(form.select("h1").text()).isEqualTo("Edit the indicator's definition");
        assertThat(form.select("input#code").val()).isEqualTo("LAC 1");
        assertThat(form.select("select#unit option[selected]").text()).isEqualTo("percent");
        assertThat(form.select("input[name=version]").val()).isEqualTo(Long.toString(lac1().getVersion()));
        assertThat(page(get("/indicators/" + lac1().getId()).with(MANAGER)).select("a#edit-definition")).hasSize(1);
        assertThat(page(get("/indicators/" + lac1().getId()).with(VIEWER)).select("a#edit-definition")).isEmpty();
        mvc.perform(get("/indicators/" + lac1().getId() + "/edit").with(VIEWER)).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("should save the definition and record the change in the audit trail with the fields before and after")
    void savesAndAudits() throws Exception {
        Indicator lac1 = lac1();
        mvc.perform(edit(lac1, "Initial health assessments in time", lac1.getVersion(), MANAGER))
                .andExpect(redirectedUrl("/indicators/" + lac1.getId()));

        Indicator saved = indicators.findById(lac1.getId()).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo("Initial health assessments in time");
        assertThat(saved.getOwner()).isEqualTo("Designated nurse");
        assertThat(saved.getTolerance()).isEqualByComparingTo("2.5");
        assertThat(audit.recordsOf(IndicatorDefinitions.AUDIT_TYPE, lac1.getId())).last().satisfies(r -> {
            assertThat(r.who()).isEqualTo("manager");
            assertThat(r.summary()).contains("Edited indicator LAC 1", "title", "owner");
            assertThat(r.after()).contains("Initial health assessments in time");
        });
    }

    @Test
    @DisplayName("should show GOV.UK errors for a blank title, a code in use and a circular breakdown, and save nothing")
    void refusesBadInput() throws Exception {
        Indicator lac1 = lac1();
        Indicator other = DemoIndicator.coded(indicators, "LAC 5").orElseThrow();
        Document page = page(edit(lac1, "LAC 5", " ", lac1.getVersion(), MANAGER));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#title", "#code");
        assertThat(page.select("#code-error").text()).contains("already used");
        Document circular = page(edit(other, "Children looked after", other.getVersion(), MANAGER)
                .param("partOfId", DemoIndicator.coded(indicators, "LAC 5a").orElseThrow().getId().toString()));
        assertThat(circular.select("#partOfId-error").text()).contains("cannot be part of itself");
        assertThat(indicators.findById(lac1.getId()).orElseThrow().getCode()).isEqualTo("LAC 1");
    }

    @Test
    @DisplayName("should show a conflict, not lose either change, when two people save the same indicator")
    void showsConflict() throws Exception {
        Indicator lac1 = lac1();
        long opened = lac1.getVersion();
        mvc.perform(edit(lac1, "Saved first by the administrator", opened, ADMIN)).andExpect(status().is3xxRedirection());

        Document conflict = page(edit(lac1, "Saved second by the manager", opened, MANAGER));

        assertThat(conflict.select("#conflict h2").text()).isEqualTo("Someone else changed this indicator");
        assertThat(conflict.select(".conflict-row").text()).contains("Saved first by the administrator", "Saved second by the manager");
        assertThat(indicators.findById(lac1.getId()).orElseThrow().getTitle()).isEqualTo("Saved first by the administrator");
        long current = Long.parseLong(conflict.select("input[name=version]").val());
        mvc.perform(edit(lac1, "Saved second by the manager", current, MANAGER)).andExpect(status().is3xxRedirection());
        assertThat(indicators.findById(lac1.getId()).orElseThrow().getTitle()).isEqualTo("Saved second by the manager");
    }

    @Test
    @DisplayName("should link an indicator to an action from the recommendation's side, with errors when nothing is chosen")
    void linksFromThePlan() throws Exception {
        Action action = actions.findAll().stream().filter(a -> !a.isArchived() && a.getRecommendation().getPlan().getId() != null)
                .filter(a -> !lac1().getLinkedActions().contains(a.getId())).findFirst().orElseThrow();
        long planId = action.getRecommendation().getPlan().getId();
        long recId = action.getRecommendation().getId();
        Document recommendation = page(get("/plans/" + planId + "/recommendations/" + recId).with(MANAGER));
        assertThat(recommendation.select("a#link-an-indicator").attr("href"))
                .isEqualTo("/plans/" + planId + "/indicators/link?recommendation=" + recId);
        assertThat(page(get("/plans/" + planId + "/recommendations/" + recId).with(VIEWER)).select("a#link-an-indicator")).isEmpty();

        Document form = page(get("/plans/" + planId + "/indicators/link?recommendation=" + recId).with(MANAGER));
        assertThat(form.select("select#actionId option").eachAttr("value")).contains(action.getId().toString());
        Document errors = page(post("/plans/" + planId + "/indicators/link").with(MANAGER).with(csrf()));
        assertThat(errors.select(".govuk-error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#indicatorId", "#actionId");

        mvc.perform(post("/plans/" + planId + "/indicators/link").with(MANAGER).with(csrf())
                        .param("indicatorId", lac1().getId().toString()).param("actionId", action.getId().toString())
                        .param("recommendation", Long.toString(recId)))
                .andExpect(redirectedUrl("/plans/" + planId + "/indicators/link?recommendation=" + recId));
        assertThat(lac1().getLinkedActions()).contains(action.getId());
        assertThat(page(get("/plans/" + planId + "/indicators/link").with(MANAGER)).select("#plan-links ~ table").text())
                .contains("LAC 1", action.getReference());
    }
}
