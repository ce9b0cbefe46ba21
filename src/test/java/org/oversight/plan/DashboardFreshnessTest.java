package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dashboards (DashboardBodies) and where each plan's actions stand (PlanStandings: the plan
 * lists and "my actions") are kept between requests, and never shown stale: every
 * committed change shows on the next view, whoever made it and through whichever instance, and
 * what one reader may do never shows to another. These tests commit, so they have a database
 * (with the demo) of their own.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:oversight-dashboards;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true"})
@AutoConfigureMockMvc
@DisplayName("Plan dashboards and standings kept between requests")
class DashboardFreshnessTest {
    private static final RequestPostProcessor MANAGER = user("manager").roles("PLAN_MANAGER");
    private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");
    private static final RequestPostProcessor LEAD = user("lead").roles("ACTION_LEAD");

    @Autowired MockMvc mvc;
    @Autowired PlanRepository plans;
    @Autowired PlanAssessor assessor;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;
    @Autowired ActionRepository actions;

    @Test
    @DisplayName("should show a progress update on the next view: the completed action leaves the overdue list")
    void progressUpdateShowsAtOnce() throws Exception {
        long planId = demo().getId();
        Action overdue = new TransactionTemplate(transactions).execute(s -> {
            ActionPlan plan = plans.findById(planId).orElseThrow();
            Action first = assessor.assess(plan, LocalDate.now(clock)).overdue().get(0);
            first.getVersion();
            return first;
        });
        Document before = dashboard(MANAGER);
        int overdueBefore = before.select("h2:contains(Overdue) + table tbody tr").size();
        assertThat(before.select("h2:contains(Overdue) + table tbody tr a").eachText())
                .anyMatch(t -> t.startsWith(overdue.getReference() + " "));
        assertThat(dashboard(MANAGER).selectFirst("main").html()).as("a second view is the same page").isEqualTo(before.selectFirst("main").html());

        mvc.perform(post("/actions/" + overdue.getId() + "/updates").with(MANAGER).with(csrf())
                        .param("asAt", LocalDate.now(clock).toString()).param("text", "Completed and signed off by the board")
                        .param("rag", "GREEN").param("status", "COMPLETE").param("version", String.valueOf(overdue.getVersion())))
                .andExpect(status().is3xxRedirection());

        Document after = dashboard(MANAGER);
        assertThat(after.select("h2:contains(Overdue) + table tbody tr a").eachText())
                .noneMatch(t -> t.startsWith(overdue.getReference() + " "));
        assertThat(after.select("h2:contains(Overdue) + table tbody tr")).hasSize(overdueBefore - 1);
        assertThat(after.selectFirst("h2:contains(Overdue)").text()).isEqualTo("Overdue (" + (overdueBefore - 1) + ")");
    }

    @Test
    @DisplayName("should give a reader who may not manage the plan no manager's links, whoever viewed it first")
    void permissionIsPartOfThePage() throws Exception {
        assertThat(dashboard(MANAGER).select("a:contains(Edit plan)")).hasSize(1);
        assertThat(dashboard(VIEWER).select("a:contains(Edit plan)")).isEmpty();
        assertThat(dashboard(VIEWER).select("a:contains(Add a recommendation)")).isEmpty();
        assertThat(dashboard(MANAGER).select("a:contains(Edit plan)")).hasSize(1);
    }

    @Test
    @DisplayName("should show a change committed by another instance, which moves the plan's revision in the database")
    void changeFromAnotherInstance() throws Exception {
        long planId = demo().getId();
        String title = dashboard(MANAGER).selectFirst("h1").text();

        jdbc.update("update action_plan set title = ?, revision = next value for plan_revision where id = ?",
                title + " (revised)", planId);

        assertThat(dashboard(MANAGER).selectFirst("h1").text()).isEqualTo(title + " (revised)");
        jdbc.update("update action_plan set title = ?, revision = next value for plan_revision where id = ?", title, planId);
    }

    @Test
    @DisplayName("should show a request its own uncommitted change, and keep it from everyone once it is rolled back")
    void uncommittedChangesAreNeitherKeptNorServed() throws Exception {
        long planId = demo().getId();
        String title = dashboard(MANAGER).selectFirst("h1").text();
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);

        inTransaction.executeWithoutResult(s -> {
            plans.findById(planId).orElseThrow().describe("Not yet agreed", null, null);
            try {
                assertThat(dashboard(MANAGER).selectFirst("h1").text()).isEqualTo("Not yet agreed");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            s.setRollbackOnly();
        });

        assertThat(dashboard(MANAGER).selectFirst("h1").text()).isEqualTo(title);
    }

    @Test
    @DisplayName("should show each 'as at' date its own status")
    void eachDateItsOwnPage() throws Exception {
        long planId = demo().getId();
        LocalDate today = LocalDate.now(clock);
        Document now = Jsoup.parse(mvc.perform(get("/plans/" + planId).with(MANAGER)).andReturn().getResponse().getContentAsString());
        Document earlier = Jsoup.parse(mvc.perform(get("/plans/" + planId).param("asAt", today.minusYears(1).toString()).with(MANAGER))
                .andReturn().getResponse().getContentAsString());

        assertThat(now.selectFirst("h2:contains(Status of all actions)").text()).endsWith(LongDate.of(today));
        assertThat(earlier.selectFirst("h2:contains(Status of all actions)").text()).endsWith(LongDate.of(today.minusYears(1)));
    }

    @Test
    @DisplayName("should show a committed update at once in 'my actions', the plans list and the API's plan list")
    void standingsShowAnUpdateAtOnce() throws Exception {
        long planId = demo().getId();
        Action mine = new TransactionTemplate(transactions).execute(s -> {
            ActionPlan plan = plans.findById(planId).orElseThrow();
            PlanAssessment today = assessor.assess(plan, LocalDate.now(clock));
            List<Action> led = actions.findLedBy("lead");
            Action found = led.stream()
                    .filter(a -> a.getRecommendation().getPlan().getId() == planId && a.getOverride().isEmpty())
                    .filter(a -> !today.of(a).has(StatusRule.COMPLETE)).findFirst()
                    .orElseThrow(() -> new AssertionError("no open action led by 'lead' in " + led.stream()
                            .map(a -> a.getReference() + " plan " + a.getRecommendation().getPlan().getId() + " override "
                                    + a.getOverride().isPresent() + " " + (a.getRecommendation().getPlan().getId() == planId ? today.of(a).rag() : "")).toList()));
            found.getVersion();
            return found;
        });
        RagColour complete = RagColour.valueOf(jdbc.queryForObject(
                "select complete_colour from action_plan where id = ?", String.class, planId));
        int completeBefore = completeInApi(planId, complete);
        String rowBefore = myActionsRow(mine);
        String listBefore = plansListRow(planId);
        assertThat(rowBefore).doesNotContain(complete.label());

        mvc.perform(post("/actions/" + mine.getId() + "/updates").with(LEAD).with(csrf())
                        .param("asAt", LocalDate.now(clock).toString()).param("text", "Done and evidenced")
                        .param("rag", "GREEN").param("status", "COMPLETE").param("version", String.valueOf(mine.getVersion())))
                .andExpect(status().is3xxRedirection());

        assertThat(myActionsRow(mine)).contains(complete.label());
        assertThat(completeInApi(planId, complete)).isEqualTo(completeBefore + 1);
        assertThat(plansListRow(planId)).isNotEqualTo(listBefore);
    }

    @Test
    @DisplayName("should list a committed change to an action, its priority or its lead at once in the plan's filtered action table and the API's list")
    void actionTableShowsAChangeAtOnce() throws Exception {
        long planId = demo().getId();
        long[] chosen = new TransactionTemplate(transactions).execute(s -> {
            Action action = plans.findById(planId).orElseThrow().actions().stream()
                    .filter(a -> a.getPriority() != Priority.HIGH && !a.getLeads().isEmpty()).findFirst().orElseThrow();
            return new long[] {action.getId(), action.getLeads().get(0).getId()};
        });
        long actionId = chosen[0];
        long leadId = chosen[1];
        String description = jdbc.queryForObject("select description from plan_action where id = ?", String.class, actionId);
        String leadName = jdbc.queryForObject("select name from lead where id = ?", String.class, leadId);
        String priority = jdbc.queryForObject("select priority from plan_action where id = ?", String.class, actionId);
        assertThat(actionTable(planId, "priority", "HIGH").select("tbody a[href=/actions/" + actionId + "]")).isEmpty();
        assertThat(actionTable(planId, "lead", String.valueOf(leadId)).select("tbody a[href=/actions/" + actionId + "]")).hasSize(1);
        assertThat(apiActions(planId, "priority", "HIGH")).doesNotContainKey(actionId);
        assertThat(apiActions(planId, "lead", String.valueOf(leadId))).containsKey(actionId);

        // committed by another instance: the plan's revision moves in the database
        jdbc.update("update plan_action set description = ?, priority = 'HIGH' where id = ?", "Audit every referral (revised)", actionId);
        jdbc.update("update lead set name = ? where id = ?", leadName + " (renamed)", leadId);
        jdbc.update("update action_plan set revision = next value for plan_revision where id = ?", planId);
        try {
            Document high = actionTable(planId, "priority", "HIGH");
            assertThat(high.select("tbody a[href=/actions/" + actionId + "]").text()).contains("Audit every referral (revised)");
            assertThat(high.select("select[name=lead] option[value=" + leadId + "]").text()).isEqualTo(leadName + " (renamed)");
            JsonNode listed = apiActions(planId, "priority", "HIGH").get(actionId);
            assertThat(listed).as("the action in the API's list of high-priority actions").isNotNull();
            assertThat(listed.get("description").asString()).isEqualTo("Audit every referral (revised)");
            assertThat(listed.get("priority").asString()).isEqualTo("HIGH");
            assertThat(listed.get("leads").toString()).contains(leadName + " (renamed)");
            assertThat(apiActions(planId, "lead", leadName + " (renamed)")).containsKey(actionId);

            // a request's own uncommitted change is listed to it, and to no one once rolled back
            new TransactionTemplate(transactions).executeWithoutResult(s -> {
                actions.findById(actionId).orElseThrow().describe("Not yet agreed wording", null, null);
                try {
                    assertThat(actionTable(planId, "priority", "HIGH").select("tbody a[href=/actions/" + actionId + "]").text())
                            .contains("Not yet agreed wording");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                s.setRollbackOnly();
            });
            assertThat(actionTable(planId, "priority", "HIGH").select("tbody a[href=/actions/" + actionId + "]").text())
                    .contains("Audit every referral (revised)").doesNotContain("Not yet agreed wording");
        } finally {
            jdbc.update("update plan_action set description = ?, priority = ? where id = ?", description, priority, actionId);
            jdbc.update("update lead set name = ? where id = ?", leadName, leadId);
            jdbc.update("update action_plan set revision = next value for plan_revision where id = ?", planId);
        }
    }

    private java.util.Map<Long, JsonNode> apiActions(long planId, String filter, String value) throws Exception {
        String json = mvc.perform(get("/api/plans/" + planId + "/actions").param(filter, value).with(MANAGER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.Map<Long, JsonNode> byId = new java.util.LinkedHashMap<>();
        for (JsonNode action : JsonMapper.builder().build().readTree(json)) {
            byId.put(action.get("id").asLong(), action);
        }
        return byId;
    }

    private Document actionTable(long planId, String filter, String value) throws Exception {
        return Jsoup.parse(mvc.perform(get("/plans/" + planId + "/actions").param(filter, value).with(MANAGER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String myActionsRow(Action action) throws Exception {
        return Jsoup.parse(mvc.perform(get("/my-actions").with(LEAD)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).selectFirst("tr:has(a[href=/actions/" + action.getId() + "])").text();
    }

    private String plansListRow(long planId) throws Exception {
        return Jsoup.parse(mvc.perform(get("/plans").with(MANAGER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).selectFirst("tr:has(a[href=/plans/" + planId + "])").text();
    }

    private int completeInApi(long planId, RagColour complete) throws Exception {
        String json = mvc.perform(get("/api/plans").with(MANAGER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        JsonNode plan = null;
        for (JsonNode p : JsonMapper.builder().build().readTree(json)) {
            if (p.get("id").asLong() == planId) {
                plan = p;
            }
        }
        assertThat(plan).as("the plan in the API's list").isNotNull();
        return plan.get("tally").path(complete.name()).asInt();
    }

    private ActionPlan demo() {
        return plans.findByPublishedTrueAndArchivedFalseOrderByTitle().get(0);
    }

    private Document dashboard(RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/plans/" + demo().getId()).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
