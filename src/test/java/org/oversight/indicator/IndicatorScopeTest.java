package org.oversight.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.OrganisationAuthority;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two councils in one instance, each with its own indicator "CSC-01": a plan manager of council A
 * sees and manages A's indicators, reads those of no organisation without changing them, never sees B's; someone of no
 * organisation sees them all.
 */
@OversightTest
@Transactional
class IndicatorScopeTest {
    private static final RequestPostProcessor WHOLE_INSTANCE = user("manager").roles("PLAN_MANAGER");

    @Autowired MockMvc mvc;
    @Autowired IndicatorRepository indicators;
    @Autowired IndicatorValueRepository values;
    @Autowired OrganisationRepository organisations;

    private Indicator ofA;
    private Indicator ofB;
    private Indicator ofNone;
    private RequestPostProcessor managerOfA;

    @BeforeEach
    void twoCouncils() {
        long a = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL)).getId();
        long b = organisations.save(new Organisation("Council B", OrganisationKind.COUNCIL)).getId();
        ofA = csc01(a, "12.5");
        ofB = csc01(b, "47.25");
        ofNone = indicators.save(new Indicator("NAT-01", "Children in need, national series", Unit.RATE, Polarity.NONE));
        values.save(new IndicatorValue(ofNone, ReportingPeriod.quarter(2025, 1), Figures.of(new BigDecimal("30")),
                "test", Instant.parse("2025-07-20T10:00:00Z")));
        managerOfA = user("a-manager").authorities(() -> "ROLE_PLAN_MANAGER", () -> OrganisationAuthority.of(a));
    }

    private Indicator csc01(long organisation, String value) {
        Indicator indicator = indicators.save(new Indicator("CSC-01", "Children in need, council " + organisation,
                Unit.RATE, Polarity.NONE).belongTo(organisation));
        values.save(new IndicatorValue(indicator, ReportingPeriod.quarter(2025, 1), Figures.of(new BigDecimal(value)),
                "test", Instant.parse("2025-07-20T10:00:00Z")));
        return indicator;
    }

    private Document list(RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/indicators").with(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    @Test
    @DisplayName("should list for someone of council A its CSC-01 and the indicators of no organisation, not council B's")
    void listsOwnCouncilsIndicators() throws Exception {
        Document page = list(managerOfA);

        assertThat(page.select("a[href=/indicators/" + ofA.getId() + "]")).hasSize(1);
        assertThat(page.select("a[href=/indicators/" + ofB.getId() + "]")).isEmpty();
        assertThat(page.text()).contains(ofNone.getTitle(), ofA.getTitle()).doesNotContain(ofB.getTitle());
    }

    @Test
    @DisplayName("should list every council's indicators for someone of no organisation, each row saying whose it is")
    void listsEverythingForTheWholeInstance() throws Exception {
        Document page = list(WHOLE_INSTANCE);

        assertThat(page.select("a[href=/indicators/" + ofA.getId() + "]")).hasSize(1);
        assertThat(page.select("a[href=/indicators/" + ofB.getId() + "]")).hasSize(1);
        assertThat(page.selectFirst("tr:has(a[href=/indicators/" + ofA.getId() + "])").text()).contains("Council A").doesNotContain("Council B");
        assertThat(page.selectFirst("tr:has(a[href=/indicators/" + ofB.getId() + "])").text()).contains("Council B");
        assertThat(list(managerOfA).selectFirst("tr:has(a[href=/indicators/" + ofA.getId() + "])").text())
                .as("someone of one council needs no owner on their own rows").doesNotContain("Council A");
    }

    @Test
    @DisplayName("should answer 'not found' when someone of council A opens, edits, links or corrects council B's indicator")
    void hidesAnotherCouncilsIndicator() throws Exception {
        long valueOfB = values.findByIndicatorOrderByPeriodEnd(ofB).get(0).getId();

        mvc.perform(get("/indicators/" + ofA.getId()).with(managerOfA)).andExpect(status().isOk());
        mvc.perform(get("/indicators/" + ofB.getId()).with(managerOfA)).andExpect(status().isNotFound());
        mvc.perform(get("/indicators/" + ofB.getId() + "/edit").with(managerOfA)).andExpect(status().isNotFound());
        mvc.perform(post("/indicators/" + ofB.getId() + "/edit").with(managerOfA).with(csrf()).param("code", "CSC-01")
                .param("title", "Renamed").param("unit", "RATE").param("polarity", "NONE").param("frequency", "quarterly")
                .param("version", Long.toString(ofB.getVersion()))).andExpect(status().isNotFound());
        mvc.perform(post("/indicators/" + ofB.getId() + "/links").with(managerOfA).with(csrf()).param("actionId", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/indicators/values/" + valueOfB + "/correct").with(managerOfA)).andExpect(status().isNotFound());
        mvc.perform(post("/indicators/values/" + valueOfB + "/accept").with(managerOfA).with(csrf())
                .param("code", "MISSING_COMMENTARY").param("reason", "No")).andExpect(status().isNotFound());

        assertThat(indicators.findById(ofB.getId()).orElseThrow().getTitle()).doesNotContain("Renamed");
        assertThat(values.findById(valueOfB).orElseThrow().hasAccepted("MISSING_COMMENTARY")).isFalse();
    }

    @Test
    @DisplayName("should let someone of council A read an indicator of no organisation but refuse (403) every change to it")
    void readsButNeverChangesAnIndicatorOfNone() throws Exception {
        long value = values.findByIndicatorOrderByPeriodEnd(ofNone).get(0).getId();

        mvc.perform(get("/indicators/" + ofNone.getId()).with(managerOfA)).andExpect(status().isOk());
        mvc.perform(get("/indicators/" + ofNone.getId() + "/edit").with(managerOfA)).andExpect(status().isForbidden());
        mvc.perform(post("/indicators/" + ofNone.getId() + "/edit").with(managerOfA).with(csrf()).param("code", "NAT-01")
                .param("title", "Renamed").param("unit", "RATE").param("polarity", "NONE").param("frequency", "quarterly")
                .param("version", Long.toString(ofNone.getVersion()))).andExpect(status().isForbidden());
        mvc.perform(post("/indicators/" + ofNone.getId() + "/links").with(managerOfA).with(csrf()).param("actionId", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/indicators/values/" + value + "/accept").with(managerOfA).with(csrf())
                .param("code", "MISSING_COMMENTARY").param("reason", "No")).andExpect(status().isForbidden());

        assertThat(indicators.findById(ofNone.getId()).orElseThrow().getTitle()).doesNotContain("Renamed");
        assertThat(indicators.findById(ofNone.getId()).orElseThrow().getLinkedActions()).isEmpty();
        assertThat(values.findById(value).orElseThrow().hasAccepted("MISSING_COMMENTARY")).isFalse();
        Document entry = Jsoup.parse(mvc.perform(get("/indicators/enter").with(managerOfA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(entry.select("input[value=" + ofNone.getId() + "]")).isEmpty();
    }

    @Test
    @DisplayName("should let the instance's administrators give an indicator of none to a council, and no one else")
    void instanceAdministratorsAssignIndicatorsOfNone() throws Exception {
        RequestPostProcessor instanceAdmin = user("admin").roles("ADMINISTRATOR");
        Document page = list(instanceAdmin);
        assertThat(page.select("#unassigned form[action=/indicators/" + ofNone.getId() + "/organisation]")).hasSize(1);
        mvc.perform(post("/indicators/" + ofNone.getId() + "/organisation").with(managerOfA).with(csrf())
                .param("organisation", ofA.getOrganisationId().toString())).andExpect(status().isForbidden());
        assertThat(indicators.findById(ofNone.getId()).orElseThrow().getOrganisationId()).isNull();

        mvc.perform(post("/indicators/" + ofNone.getId() + "/organisation").with(instanceAdmin).with(csrf())
                .param("organisation", ofA.getOrganisationId().toString())).andExpect(status().is3xxRedirection());
        assertThat(indicators.findById(ofNone.getId()).orElseThrow().getOrganisationId()).isEqualTo(ofA.getOrganisationId());
        mvc.perform(get("/indicators/" + ofNone.getId() + "/edit").with(managerOfA)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("should offer someone of council A only its own indicators to enter figures for")
    void entersOwnCouncilsFiguresOnly() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/indicators/enter").with(managerOfA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("input[value=" + ofA.getId() + "]")).isNotEmpty();
        assertThat(page.select("input[value=" + ofB.getId() + "]")).isEmpty();
    }
}
