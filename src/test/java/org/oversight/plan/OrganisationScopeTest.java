package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.OrganisationAuthority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people of one council see and may do with another council's plans: its plans are not
 * listed, its drafts do not exist for them, its published plans may be read but not changed;
 * a partner's lead on an action sees the plan; someone of no organisation sees everything.
 */
@OversightTest
@Transactional
class OrganisationScopeTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    PlanRepository plans;
    @Autowired
    LeadRepository leads;
    @Autowired
    UpdateRounds rounds;
    Organisation northshire;
    Organisation southshire;
    Organisation trust;
    ActionPlan northDraft;
    ActionPlan southDraft;
    ActionPlan southPublished;

    @BeforeEach
    void twoCouncilsAndATrust() {
        northshire = organisations.save(new Organisation("Northshire County Council", OrganisationKind.COUNCIL));
        southshire = organisations.save(new Organisation("Southshire County Council", OrganisationKind.COUNCIL));
        trust = organisations.save(new Organisation("Northshire NHS Trust", OrganisationKind.NHS));
        northDraft = plan("Northshire draft plan", northshire, false);
        southDraft = plan("Southshire draft plan", southshire, false);
        southPublished = plan("Southshire published plan", southshire, true);
        Lead nurse = new Lead(LeadKind.ROLE, "Northshire Designated Nurse", trust);
        nurse.assignTo("north.nurse");
        leads.save(nurse);
        northDraft.addRecommendation("1", "Health assessments on time", Responsibility.PARTNER)
                .addAction("1.1", "Audit initial health assessments").ledBy(List.of(nurse));
        plans.saveAndFlush(northDraft);
    }

    @Test
    @DisplayName("should list only the council's plans in /plans and /api/plans, not another council's published ones")
    void listsOwnPlansOnly() throws Exception {
        String page = mvc.perform(get("/plans").with(northManager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).text()).contains("Northshire draft plan")
                .doesNotContain("Southshire draft plan", "Southshire published plan");

        mvc.perform(get("/api/plans").with(northManager()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title", hasItem("Northshire draft plan")))
                .andExpect(jsonPath("$[*].title", not(hasItem("Southshire draft plan"))))
                .andExpect(jsonPath("$[*].title", not(hasItem("Southshire published plan"))));
    }

    @Test
    @DisplayName("should answer another council's unpublished plan as if it did not exist")
    void otherCouncilsDraftIsNotFound() throws Exception {
        mvc.perform(get("/plans/{id}", southDraft.getId()).with(northManager())).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/actions", southDraft.getId()).with(northManager())).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/{id}", southDraft.getId()).with(northManager()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/edit", southDraft.getId()).with(northManager())).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("should let a plan manager read another council's published plan but not change it")
    void otherCouncilsPublishedPlanIsReadOnly() throws Exception {
        String dashboard = mvc.perform(get("/plans/{id}", southPublished.getId()).with(northManager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(dashboard).select("a[href$=/edit]")).as("no edit link").isEmpty();

        mvc.perform(get("/plans/{id}/edit", southPublished.getId()).with(northManager())).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/edit", southPublished.getId()).with(northManager()).with(csrf())
                .param("title", "Taken over")).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/recommendations/new", southPublished.getId()).with(northManager()).with(csrf())
                .param("number", "9").param("text", "Taken over")).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/rounds", southPublished.getId()).with(northManager()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(plans.findById(southPublished.getId()).orElseThrow().getTitle()).isEqualTo("Southshire published plan");
    }

    @Test
    @DisplayName("should show an NHS lead of a council's action that plan, in their list, and their action")
    void partnerLeadSeesThePlan() throws Exception {
        RequestPostProcessor nurse = person("north.nurse", "ACTION_LEAD", trust);
        String list = mvc.perform(get("/plans").with(nurse)).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(list).text()).contains("Northshire draft plan").doesNotContain("Southshire");
        mvc.perform(get("/plans/{id}", northDraft.getId()).with(nurse)).andExpect(status().isOk());
        String mine = mvc.perform(get("/my-actions").with(nurse)).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(mine).text()).contains("Audit initial health assessments");
        mvc.perform(get("/plans/{id}", southDraft.getId()).with(nurse)).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("should show someone of no organisation every council's plans, as before")
    void wholeInstanceSeesAll() throws Exception {
        RequestPostProcessor manager = user("manager").roles("PLAN_MANAGER");
        mvc.perform(get("/api/plans").with(manager).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].title", hasItems("Northshire draft plan", "Southshire draft plan",
                        "Southshire published plan")));
        mvc.perform(get("/plans/{id}/edit", southDraft.getId()).with(manager)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("should make a plan created by someone of a council that council's, whatever owner the form names")
    void newPlanBelongsToTheCreatorsCouncil() throws Exception {
        mvc.perform(post("/plans/new").with(northManager()).with(csrf()).param("title", "Northshire new plan")
                        .param("ownerId", String.valueOf(southshire.getId())).param("cadence", "MONTHLY")
                        .param("colours", "RED", "AMBER", "GREEN").param("completeColour", "GREEN"))
                .andExpect(status().is3xxRedirection());
        ActionPlan created = plans.findByArchivedFalseOrderByTitle().stream()
                .filter(p -> p.getTitle().equals("Northshire new plan")).findFirst().orElseThrow();
        assertThat(created.getOwner().getName()).isEqualTo("Northshire County Council");
    }

    @Test
    @DisplayName("should show a plan manager on the home page the open rounds of their council's plans only")
    void homeShowsRoundsWithinReach() throws Exception {
        rounds.open(northDraft.getId(), LocalDate.now().minusDays(1), LocalDate.now().plusDays(10));
        rounds.open(southDraft.getId(), LocalDate.now().minusDays(1), LocalDate.now().plusDays(10));
        String home = mvc.perform(get("/").with(northManager())).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(home).text()).contains("Northshire draft plan").doesNotContain("Southshire draft plan");
        String all = mvc.perform(get("/").with(user("manager").roles("PLAN_MANAGER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(all).text()).contains("Northshire draft plan", "Southshire draft plan");
    }

    @Test
    @DisplayName("should offer an importer only their council's plans to update, and refuse another's")
    void importOffersOwnPlansOnly() throws Exception {
        String page = mvc.perform(get("/imports/new").with(northManager())).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#planId option").eachText()).contains("Northshire draft plan")
                .doesNotContain("Southshire draft plan", "Southshire published plan");
    }

    private RequestPostProcessor northManager() {
        return person("north.manager", "PLAN_MANAGER", northshire);
    }

    private static RequestPostProcessor person(String username, String role, Organisation organisation) {
        return user(username).authorities(new SimpleGrantedAuthority("ROLE_" + role),
                new SimpleGrantedAuthority(OrganisationAuthority.of(organisation.getId())));
    }

    private ActionPlan plan(String title, Organisation owner, boolean published) {
        ActionPlan plan = new ActionPlan(title, owner, LocalDate.now().minusMonths(6), LocalDate.now().plusMonths(18));
        plan.publish(published);
        return plans.save(plan);
    }
}
