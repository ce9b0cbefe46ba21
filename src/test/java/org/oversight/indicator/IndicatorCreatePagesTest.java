package org.oversight.indicator;

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
import org.oversight.OversightTest;
import org.oversight.account.OrganisationAuthority;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The form that creates an indicator: it belongs to its creator's council, its code is unique
 * within that council, another council's indicator cannot be its total, and each creation is audited.
 */
@OversightTest
@Transactional
class IndicatorCreatePagesTest {
    @Autowired MockMvc mvc;
    @Autowired IndicatorRepository indicators;
    @Autowired OrganisationRepository organisations;
    @Autowired AuditTrail audit;

    private long councilA;
    private long councilB;
    private RequestPostProcessor managerOfA;

    @BeforeEach
    void twoCouncils() {
        councilA = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL)).getId();
        councilB = organisations.save(new Organisation("Council B", OrganisationKind.COUNCIL)).getId();
        managerOfA = user("a-manager").authorities(() -> "ROLE_PLAN_MANAGER", () -> OrganisationAuthority.of(councilA));
    }

    private static MockHttpServletRequestBuilder create(RequestPostProcessor who, String code) {
        return post("/indicators/new").with(who).with(csrf()).param("code", code)
                .param("title", "Care leavers in suitable accommodation").param("unit", "PERCENT")
                .param("polarity", "HIGHER").param("frequency", "quarterly");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    @DisplayName("should create the indicator as its creator's council's, with an audit entry")
    void createsForTheCreatorsCouncil() throws Exception {
        assertThat(page(get("/indicators/new").with(managerOfA)).select("h1").text()).isEqualTo("Create an indicator");
        mvc.perform(create(managerOfA, "CL 3")).andExpect(status().is3xxRedirection());

        Indicator created = indicators.findByCodeWithin("CL 3", councilA).orElseThrow();
        assertThat(created.getOrganisationId()).isEqualTo(councilA);
        assertThat(created.getTitle()).isEqualTo("Care leavers in suitable accommodation");
        assertThat(audit.historyOf(IndicatorDefinitions.AUDIT_TYPE, created.getId()))
                .singleElement().satisfies(e -> assertThat(e.getChangeKind()).isEqualTo("created"));
    }

    @Test
    @DisplayName("should refuse a code the council already uses, and fields left out, in the error summary")
    void namesWhatIsWrong() throws Exception {
        mvc.perform(create(managerOfA, "CL 3")).andExpect(status().is3xxRedirection());
        long before = indicators.count();

        Document taken = page(create(managerOfA, "CL 3"));
        Document blank = page(post("/indicators/new").with(managerOfA).with(csrf()).param("code", "").param("frequency", "quarterly"));

        assertThat(taken.select(".govuk-error-summary a[href=#code]").text()).startsWith("The code CL 3 is already used by");
        assertThat(blank.select(".govuk-error-summary a").eachText())
                .contains("Enter the indicator's code", "Enter the indicator's title", "Select the unit the indicator is measured in");
        assertThat(indicators.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should refuse another council's indicator as the total and create nothing")
    void refusesAnotherCouncilsTotal() throws Exception {
        Indicator ofB = indicators.save(new Indicator("LAC 5", "Children looked after", Unit.COUNT, Polarity.LOWER)
                .belongTo(councilB));
        long before = indicators.count();

        Document form = page(create(managerOfA, "LAC 5b").param("partOfId", ofB.getId().toString()));

        assertThat(form.select(".govuk-error-summary a[href=#partOfId]").text()).isEqualTo("Select a total from the list");
        assertThat(form.select("#partOfId option").eachText()).doesNotContain("LAC 5: Children looked after");
        assertThat(indicators.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should refuse a viewer")
    void refusesAViewer() throws Exception {
        mvc.perform(get("/indicators/new").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(create(user("viewer").roles("VIEWER"), "CL 9")).andExpect(status().isForbidden());
        assertThat(indicators.findByCodeWithin("CL 9", null)).isEmpty();
    }
}
