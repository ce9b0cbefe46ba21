package org.oversight.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.PlanStandings;
import org.oversight.plan.RagColour;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council shares its plan with its region; the region's adviser sees it side by side with the
 * others as at any date and can read it, changes nothing, and loses it the moment the council
 * withdraws it. Another council can neither share nor withdraw what is not its own.
 */
@OversightTest
@Transactional
class SharingTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    PlanRepository plans;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    SharingGroupRepository groups;
    @Autowired
    PlanStandings standings;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    ActionPlan kingsmeadPlan;
    long kingsmead;
    long ashcombe;
    long region;

    @BeforeEach
    void theDemoRegion() {
        kingsmead = organisations.findByName("Kingsmead Borough Council").orElseThrow().getId();
        ashcombe = organisations.findByName("Ashcombe Borough Council").orElseThrow().getId();
        region = groups.findByName("Vale and Downs region").orElseThrow().getId();
        kingsmeadPlan = plans.findByOwner_IdAndArchivedFalseOrderByTitle(kingsmead).get(0);
        kingsmeadPlan.publish(false);
        plans.saveAndFlush(kingsmeadPlan);
    }

    @Test
    @DisplayName("should show a shared plan to the region's adviser with the plan's own counts, and nothing once withdrawn")
    void adviserSeesWhatIsSharedUntilWithdrawn() throws Exception {
        assertThat(overviewRows(adviser(), null)).isEmpty();
        mvc.perform(get("/plans/{id}", kingsmeadPlan.getId()).with(adviser())).andExpect(status().isNotFound());

        sharePlan(kingsmeadManager(), kingsmeadPlan.getId(), region);

        LocalDate today = LocalDate.now();
        List<Element> rows = overviewRows(adviser(), null);
        assertThat(rows).hasSize(1);
        Element row = rows.get(0);
        assertThat(row.attr("data-council")).isEqualTo("Kingsmead Borough Council");
        var tally = standings.of(kingsmeadPlan, today).tally();
        assertThat(row.selectFirst(".cell-red").text()).isEqualTo(String.valueOf(tally.count(RagColour.RED)));
        assertThat(row.selectFirst(".cell-amber").text()).isEqualTo(String.valueOf(tally.count(RagColour.AMBER)));
        assertThat(tally.count(RagColour.RED) + tally.count(RagColour.AMBER)).as("the demo plan has red or amber actions")
                .isPositive();
        mvc.perform(get("/plans/{id}", kingsmeadPlan.getId()).with(adviser())).andExpect(status().isOk());

        long item = jdbc.queryForObject("select id from shared_item where plan_id = ? and withdrawn_at is null",
                Long.class, kingsmeadPlan.getId());
        mvc.perform(post("/sharing/withdraw").param("item", String.valueOf(item)).with(kingsmeadManager()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(overviewRows(adviser(), null)).isEmpty();
        assertThat(overviewRows(adviser(), today.minusMonths(6))).as("withdrawn is gone as at every date").isEmpty();
        mvc.perform(get("/plans/{id}", kingsmeadPlan.getId()).with(adviser())).andExpect(status().isNotFound());
        assertThat(audit.historyOf("SharedItem", item)).extracting(e -> e.getChangeKind())
                .containsExactly("SHARE", "WITHDRAW");
    }

    @Test
    @DisplayName("should give the figures as at a past date, different from today's where the plan moved")
    void countsAsAtAPastDate() throws Exception {
        sharePlan(kingsmeadManager(), kingsmeadPlan.getId(), region);
        LocalDate earlier = kingsmeadPlan.getRounds().first().plusDays(1);
        Element past = overviewRows(adviser(), earlier).get(0);
        var then = standings.of(kingsmeadPlan, earlier);
        assertThat(past.selectFirst(".cell-red").text()).isEqualTo(String.valueOf(then.tally().count(RagColour.RED)));
        assertThat(past.selectFirst(".cell-green").text()).isEqualTo(String.valueOf(then.tally().count(RagColour.GREEN)));
        assertThat(past.selectFirst(".cell-since").text()).isEqualTo("1");
        assertThat(past.selectFirst(".cell-trend").text()).contains("No earlier round");
        Element now = overviewRows(adviser(), null).get(0);
        assertThat(now.selectFirst(".cell-trend").text()).containsAnyOf("Better", "Same", "Worse");
    }

    @Test
    @DisplayName("should refuse another council's plan manager sharing or withdrawing Kingsmead's plan, and leave the council absent")
    void anotherCouncilCannotShareOrWithdraw() throws Exception {
        mvc.perform(post("/sharing/plans").with(ashcombeManager()).with(csrf()).param("plan", kingsmeadPlan.getId().toString())
                .param("group", String.valueOf(region))).andExpect(status().isNotFound());
        assertThat(overviewRows(adviser(), null)).isEmpty();

        sharePlan(kingsmeadManager(), kingsmeadPlan.getId(), region);
        long item = jdbc.queryForObject("select id from shared_item where plan_id = ?", Long.class, kingsmeadPlan.getId());
        mvc.perform(post("/sharing/withdraw").param("item", String.valueOf(item)).with(ashcombeManager()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(overviewRows(adviser(), null)).hasSize(1);
    }

    @Test
    @DisplayName("should let an adviser change nothing: no sharing, no plan forms, no plans listed of any council")
    void adviserChangesNothing() throws Exception {
        sharePlan(kingsmeadManager(), kingsmeadPlan.getId(), region);
        mvc.perform(get("/sharing").with(adviser())).andExpect(status().isForbidden());
        mvc.perform(post("/sharing/plans").with(adviser()).with(csrf()).param("plan", kingsmeadPlan.getId().toString())
                .param("group", String.valueOf(region))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}/edit", kingsmeadPlan.getId()).with(adviser())).andExpect(status().isForbidden());
        String list = mvc.perform(get("/plans").with(adviser())).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(list).text()).doesNotContain(kingsmeadPlan.getTitle());
    }

    @Test
    @DisplayName("should refuse sharing with a group the council is not a member of, saying why")
    void onlyGroupsOfWhichTheCouncilIsAMember() throws Exception {
        SharingGroup elsewhere = groups.save(new SharingGroup("Far North partnership", GroupKind.PARTNERSHIP));
        mvc.perform(post("/sharing/plans").with(kingsmeadManager()).with(csrf())
                .param("plan", kingsmeadPlan.getId().toString()).param("group", elsewhere.getId().toString()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/sharing").with(kingsmeadManager())
                .flashAttr("problem", "sharing.refused.notMember")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".govuk-error-summary").text())
                .contains("only with a group it is a member of");
        assertThat(jdbc.queryForObject("select count(*) from shared_item where plan_id = ?", Integer.class,
                kingsmeadPlan.getId())).isZero();
    }

    @Test
    @DisplayName("should show the councils' own people the plans shared with their group, not Ashcombe's unshared one, and filter by region")
    void membersSeeTheirGroup() throws Exception {
        sharePlan(kingsmeadManager(), kingsmeadPlan.getId(), region);
        String shown = mvc.perform(get("/overview").with(ashcombeManager()).param("group", String.valueOf(region)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(shown).select("tr.overview-row")).extracting(e -> e.attr("data-council"))
                .contains("Kingsmead Borough Council", "Brookfield City Council").doesNotContain("Ashcombe Borough Council");
        String filtered = mvc.perform(get("/overview").with(ashcombeManager()).param("group", String.valueOf(region))
                        .param("region", "Nowhere region"))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(filtered).select("tr.overview-row")).isEmpty();
    }

    private void sharePlan(RequestPostProcessor who, long plan, long group) throws Exception {
        mvc.perform(post("/sharing/plans").with(who).with(csrf()).param("plan", String.valueOf(plan))
                .param("group", String.valueOf(group))).andExpect(status().is3xxRedirection());
    }

    private List<Element> overviewRows(RequestPostProcessor who, LocalDate asAt) throws Exception {
        var request = get("/overview").with(who);
        if (asAt != null) {
            request.param("asAt", asAt.toString());
        }
        Document page = Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        return page.select("tr.overview-row[data-council=Kingsmead Borough Council]");
    }

    private RequestPostProcessor adviser() {
        return Sharers.adviserOf(region);
    }

    private RequestPostProcessor kingsmeadManager() {
        return Sharers.councilPerson("manager", "PLAN_MANAGER", kingsmead);
    }

    private RequestPostProcessor ashcombeManager() {
        return Sharers.councilPerson("neighbour", "PLAN_MANAGER", ashcombe);
    }
}
