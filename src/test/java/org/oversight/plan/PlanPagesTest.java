package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The plan pages as people see them, on the demo plan. */
@OversightTest
@Transactional
class PlanPagesTest {
    private static final RequestPostProcessor LEAD = user("lead").roles("ACTION_LEAD");
    private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");
    private static final RequestPostProcessor MANAGER = user("manager").roles("PLAN_MANAGER");

    @Autowired MockMvc mvc;
    @Autowired PlanRepository plans;
    @Autowired ActionRepository actions;
    @Autowired OrganisationRepository organisations;
    @Autowired PlanAssessor assessor;
    @Autowired Clock clock;

    private ActionPlan demo() {
        return plans.findByPublishedTrueAndArchivedFalseOrderByTitle().get(0);
    }

    private Action action(String ref) {
        return demo().findAction(ref).orElseThrow();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void anAnonymousVisitorReadsPublishedPlansButNeverSeesAnUnpublishedOne() throws Exception {
        ActionPlan draft = plans.save(new ActionPlan("Draft plan not yet agreed", organisations.findAll().get(0),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

        Document list = page(get("/plans"));

        assertThat(list.select("table a").eachText()).contains(demo().getTitle()).doesNotContain("Draft plan not yet agreed");
        mvc.perform(get("/plans/" + draft.getId())).andExpect(status().isNotFound());
        assertThat(page(get("/plans").with(VIEWER)).select("table a").eachText()).contains("Draft plan not yet agreed");
    }

    @Test
    void theDashboardShowsTheTotalsAndTheListsWithTheirReasons() throws Exception {
        PlanAssessment today = assessor.assess(demo(), LocalDate.now(clock));

        Document dashboard = page(get("/plans/" + demo().getId()));

        Element legend = dashboard.selectFirst("table:has(caption:contains(What the colours mean))");
        for (RagColour colour : today.tally().colours()) {
            Element row = legend.select("tbody tr").stream().filter(r -> r.text().startsWith(colour.symbol() + " " + colour.label()))
                    .findFirst().orElseThrow();
            assertThat(row.select("td").last().text()).isEqualTo(String.valueOf(today.tally().count(colour)));
        }
        Element overdue = dashboard.selectFirst("h2:contains(Overdue) + table");
        assertThat(overdue.select("tbody tr")).hasSize(today.overdue().size());
        assertThat(overdue.text()).contains("passed", "ago and the action is not complete");
        assertThat(dashboard.selectFirst("h2:contains(Waiting on external events) + table").text())
                .contains("Waiting on an external event");
        assertThat(dashboard.select("svg[role=img]").attr("aria-label")).contains("Red " + today.tally().count(RagColour.RED));
    }

    @Test
    void theDashboardTalliesEachWorkstreamAndRecommendationAndListsWhatChangedWithLinks() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusMonths(3);
        PlanAssessment now = assessor.assess(demo(), today);
        PlanChanges changes = PlanChanges.between(assessor.assess(demo(), since), now);

        Document dashboard = page(get("/plans/" + demo().getId() + "?since=" + since));

        List<RagColour> colours = now.tally().colours();
        Element byWorkstream = dashboard.selectFirst("table:has(caption:contains(By workstream))");
        assertThat(byWorkstream.select("tbody tr")).hasSize(demo().getWorkstreams().size());
        for (Workstream w : demo().getWorkstreams()) {
            Element row = byWorkstream.select("tbody tr").stream()
                    .filter(r -> r.selectFirst("th").text().equals(w.getNumber() + ". " + w.getTitle())).findFirst().orElseThrow();
            assertTallyRow(row, now.tally(w), colours);
        }
        Element byRecommendation = dashboard.selectFirst("table:has(caption:contains(By recommendation))");
        assertThat(byRecommendation.select("tbody tr")).hasSize(demo().getRecommendations().size());
        int tallied = 0;
        for (Recommendation r : demo().getRecommendations()) {
            Element row = byRecommendation.select("tbody tr").stream()
                    .filter(x -> x.selectFirst("th a").attr("href").equals("/plans/" + demo().getId() + "/recommendations/" + r.getId()))
                    .findFirst().orElseThrow();
            assertThat(row.selectFirst("th a").text()).startsWith(r.getNumber() + ". ");
            assertTallyRow(row, now.tally(r), colours);
            tallied += now.tally(r).total();
        }
        assertThat(tallied).as("every live action in one recommendation's row").isEqualTo(now.tally().total());

        Element changed = dashboard.selectFirst("table:has(caption:contains(Changes in status and deadlines))");
        assertThat(changes.notable()).as("the demo plan has changes in three months").isNotEmpty();
        assertThat(changed.select("tbody tr")).hasSize(changes.notable().size());
        for (int i = 0; i < changes.notable().size(); i++) {
            PlanChanges.Change c = changes.notable().get(i);
            Element row = changed.select("tbody tr").get(i);
            assertThat(row.selectFirst("a").attr("href")).isEqualTo("/actions/" + c.actionId());
            assertThat(row.selectFirst("a").text()).isEqualTo(demo().findAction(c.reference()).orElseThrow().getReference());
            assertThat(row.select("td").get(1).text()).isEqualTo(c.kind());
            assertThat(row.select("td").get(2).text()).isEqualTo(c.words());
        }
    }

    private static void assertTallyRow(Element row, RagTally tally, List<RagColour> colours) {
        List<String> cells = row.select("td").eachText();
        assertThat(cells).hasSize(colours.size() + 2);
        for (int i = 0; i < colours.size(); i++) {
            assertThat(cells.get(i)).as(colours.get(i).label()).isEqualTo(String.valueOf(tally.count(colours.get(i))));
        }
        assertThat(cells.get(colours.size())).isEqualTo(String.valueOf(tally.total()));
        RagColour rollUp = tally.rollUp();
        assertThat(cells.get(colours.size() + 1)).isEqualTo(rollUp == null ? "" : rollUp.symbol() + " " + rollUp.label());
    }

    @Test
    void theDashboardListsShowWhatPeopleWroteAsTextAndLinkEachAction() throws Exception {
        PlanAssessment today = assessor.assess(demo(), LocalDate.now(clock));
        Action first = today.overdue().get(0);
        first.describe("Audit <script>alert('x')</script> & \"report\"", null, null);
        actions.flush();

        Document dashboard = page(get("/plans/" + demo().getId()));

        Element overdue = dashboard.selectFirst("h2:contains(Overdue) + table");
        Element row = overdue.select("tbody tr").stream().filter(r -> r.text().startsWith(first.getReference() + " Audit"))
                .findFirst().orElseThrow();
        assertThat(row.selectFirst("a").text()).isEqualTo(first.getReference() + " Audit <script>alert('x')</script> & \"report\"");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/actions/" + first.getId());
        assertThat(dashboard.select("script:containsData(alert)")).isEmpty();
        assertThat(row.select("td").get(1).text()).isEqualTo(String.join(" / ", first.getLeads().stream().map(Lead::getName).toList()));
        assertThat(row.select("td").get(3).text()).contains(today.of(first).rag().label(), today.of(first).wordsFor(StatusRule.OVERDUE));
    }

    @Test
    void anActionPageShowsItsReasonsDependenciesBothWaysAndItsHistory() throws Exception {
        Action dependent = demo().actions().stream().filter(a -> a.getDependencies().stream()
                .anyMatch(d -> d.getKind() == DependencyKind.ACTION)).findFirst().orElseThrow();
        Action target = dependent.getDependencies().stream().filter(d -> d.getKind() == DependencyKind.ACTION)
                .findFirst().orElseThrow().getTargetAction();

        Document page = page(get("/actions/" + dependent.getId()));
        Document targetPage = page(get("/actions/" + target.getId()));

        assertThat(page.selectFirst("h3:contains(This action depends on) + ul").text()).contains("Action " + target.getReference());
        assertThat(targetPage.selectFirst("h3:contains(Actions that depend on this one) + ul").text())
                .contains("Action " + dependent.getReference());
        assertThat(page.select("h2:contains(Progress updates) + table tbody tr")).hasSize(dependent.getUpdates().size());
        assertThat(page.select("h2:contains(Status) + p + ul li")).isNotEmpty();
    }

    @Test
    void aLeadPostsAnUpdateOnTheirOwnActionAndSeesItSaved() throws Exception {
        Action mine = actions.findLedBy("lead").get(0);
        int before = mine.getUpdates().size();

        mvc.perform(post("/actions/" + mine.getId() + "/updates").with(LEAD).with(csrf())
                        .param("asAt", LocalDate.now(clock).toString()).param("text", "Audit completed; report to the board")
                        .param("rag", "GREEN").param("status", "IN_PROGRESS").param("version", String.valueOf(mine.getVersion())))
                .andExpect(redirectedUrl("/actions/" + mine.getId()));

        Action saved = actions.findById(mine.getId()).orElseThrow();
        assertThat(saved.getUpdates()).hasSize(before + 1);
        assertThat(saved.latestUpdate().orElseThrow().getText()).isEqualTo("Audit completed; report to the board");
    }

    @Test
    void anEvidenceLinkMustBeAWebOrEmailAddressAndTheFormSaysSo() throws Exception {
        Action mine = actions.findLedBy("lead").get(0);
        int before = mine.getUpdates().size();

        for (String link : List.of("javascript:alert(document.cookie)", "data:text/html,<script>x</script>", "file:///etc/passwd",
                " JavaScript:void(0)", "vbscript:x")) {
            String page = mvc.perform(post("/actions/" + mine.getId() + "/updates").with(LEAD).with(csrf())
                            .param("asAt", LocalDate.now(clock).toString()).param("text", "Audit completed")
                            .param("rag", "GREEN").param("status", "IN_PROGRESS").param("version", String.valueOf(mine.getVersion()))
                            .param("evidenceLabel", "Audit report").param("evidenceUrl", link))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(page).select(".govuk-error-summary, #evidenceUrl-error").text()).as(link)
                    .contains("Evidence link must be a web address starting http:// or https://, or an e-mail address starting mailto:");
        }
        assertThat(actions.findById(mine.getId()).orElseThrow().getUpdates()).hasSize(before);

        for (String link : List.of("https://example.org/audit.pdf", "http://intranet.example/report", "mailto:audit@example.org")) {
            mvc.perform(post("/actions/" + mine.getId() + "/updates").with(LEAD).with(csrf())
                            .param("asAt", LocalDate.now(clock).toString()).param("text", "Audit completed " + link)
                            .param("rag", "GREEN").param("status", "IN_PROGRESS")
                            .param("version", String.valueOf(actions.findById(mine.getId()).orElseThrow().getVersion()))
                            .param("evidenceLabel", "Audit report").param("evidenceUrl", link))
                    .andExpect(redirectedUrl("/actions/" + mine.getId()));
        }
        assertThat(actions.findById(mine.getId()).orElseThrow().getUpdates()).hasSize(before + 3);
    }

    @Test
    void anIdTooLargeForAnyThingIsNotFound() throws Exception {
        for (String path : List.of("/actions/99999999999999999999", "/plans/99999999999999999999", "/actions/abc",
                "/boards/99999999999999999999", "/indicators/99999999999999999999")) {
            mvc.perform(get(path).with(MANAGER)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/actions/99999999999999999999")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aLeadCannotPostOnAnActionTheyDoNotLeadAndAViewerCannotPostAtAll() throws Exception {
        List<Action> mine = actions.findLedBy("lead");
        Action notMine = demo().actions().stream().filter(a -> !mine.contains(a)).findFirst().orElseThrow();
        int before = notMine.getUpdates().size();

        for (RequestPostProcessor who : List.of(LEAD, VIEWER)) {
            mvc.perform(post("/actions/" + notMine.getId() + "/updates").with(who).with(csrf())
                            .param("asAt", LocalDate.now(clock).toString()).param("text", "Not allowed")
                            .param("rag", "GREEN").param("status", "IN_PROGRESS").param("version", String.valueOf(notMine.getVersion())))
                    .andExpect(status().isForbidden());
        }
        assertThat(actions.findById(notMine.getId()).orElseThrow().getUpdates()).hasSize(before);
    }

    @Test
    void aSecondPersonSavingFromAnOldCopySeesAConflictAndNothingOfTheirsIsSaved() throws Exception {
        Action mine = actions.findLedBy("lead").get(0);
        long seen = mine.getVersion();
        mvc.perform(post("/actions/" + mine.getId() + "/updates").with(MANAGER).with(csrf())
                .param("asAt", LocalDate.now(clock).toString()).param("text", "First person's update")
                .param("rag", "AMBER").param("status", "IN_PROGRESS").param("version", String.valueOf(seen)));

        Document page = page(post("/actions/" + mine.getId() + "/updates").with(LEAD).with(csrf())
                .param("asAt", LocalDate.now(clock).toString()).param("text", "Second person's update")
                .param("rag", "GREEN").param("status", "IN_PROGRESS").param("version", String.valueOf(seen)));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.selectFirst(".govuk-error-summary").text()).contains("Someone else changed this action");
        assertThat(page.select("h2:contains(Progress updates) + table").text()).contains("First person's update")
                .doesNotContain("Second person's update");
        assertThat(page.selectFirst("textarea[name=text]").text()).isEqualTo("Second person's update");
    }

    @Test
    void anActionWithALongHistoryShowsItsNewestUpdatesAndChangesAndTheWholeHistoryOnRequest() throws Exception {
        Action mine = actions.findLedBy("lead").get(0);
        int before = mine.getUpdates().size();
        String[] rags = {"RED", "AMBER", "", "GREEN", "GREEN", "AMBER", "RED", "GREEN", "AMBER", "AMBER", "GREEN", "RED",
                "GREEN", "AMBER", "GREEN"};
        for (int i = 0; i < rags.length; i++) {
            if (rags[i].isEmpty()) {
                // an update without a RAG, as an imported plan's history may have
                Action action = actions.findById(mine.getId()).orElseThrow();
                action.recordProgress(new ProgressReport(LocalDate.now(clock), "Long history update " + (i + 1), null,
                        ActionStatus.IN_PROGRESS, List.of()), "Importer", clock.instant());
                actions.saveAndFlush(action);
                continue;
            }
            long version = actions.findById(mine.getId()).orElseThrow().getVersion();
            mvc.perform(post("/actions/" + mine.getId() + "/updates").with(LEAD).with(csrf())
                            .param("asAt", LocalDate.now(clock).toString()).param("text", "Long history update " + (i + 1))
                            .param("rag", rags[i]).param("status", "IN_PROGRESS").param("version", String.valueOf(version)))
                    .andExpect(redirectedUrl("/actions/" + mine.getId()));
        }
        int updates = before + rags.length;

        Document page = page(get("/actions/" + mine.getId()).with(MANAGER));

        List<Element> rows = page.select("#progress-updates + table tbody tr");
        assertThat(rows).extracting(r -> r.select("td").get(1).text())
                .containsExactly("Long history update 15", "Long history update 14", "Long history update 13",
                        "Long history update 12", "Long history update 11", "Long history update 10", "Long history update 9",
                        "Long history update 8", "Long history update 7", "Long history update 6", "Long history update 5",
                        "Long history update 4");
        // the oldest row shown still says what it changed from: update 3 had no RAG, update 2 was amber
        assertThat(rows.get(11).select("td").get(2).text()).contains("Green").contains("(was Amber)");
        assertThat(rows.get(10).select("td").get(2).text()).contains("Green").doesNotContain("(was");
        assertThat(page.select("#progress-updates ~ p").text())
                .contains("The newest 12 of " + updates + " progress updates.", "Show all " + updates + " progress updates");
        assertThat(page.selectFirst("a:contains(Show all " + updates + " progress updates)").attr("href"))
                .isEqualTo("/actions/" + mine.getId() + "?history=all#progress-updates");
        assertThat(page.select("#audit-trail + table tbody tr")).hasSize(10);
        java.util.regex.Matcher changes = java.util.regex.Pattern.compile("The newest 10 of (\\d+) changes\\.")
                .matcher(page.select("#audit-trail ~ p").text());
        assertThat(changes.find()).as("the audit trail says how many changes there are").isTrue();
        int changesInAll = Integer.parseInt(changes.group(1));
        assertThat(changesInAll).as("one for each update posted through the page").isGreaterThanOrEqualTo(rags.length - 1);
        assertThat(page.select("#audit-trail + table tbody tr").first().text()).contains("posted by");

        Document all = page(get("/actions/" + mine.getId()).param("history", "all").with(MANAGER));

        List<Element> allRows = all.select("#progress-updates + table tbody tr");
        assertThat(allRows).hasSize(updates);
        assertThat(allRows.get(0).text()).contains("Long history update 15");
        assertThat(allRows.get(14).text()).contains("Long history update 1");
        assertThat(all.select("a:contains(Show all)")).isEmpty();
        assertThat(all.select("#audit-trail + table tbody tr")).hasSize(changesInAll);
        // the status set by the newest update, not by the order the list was read in
        assertThat(actions.findById(mine.getId()).orElseThrow().getUpdates()).hasSize(updates);
    }

    @Test
    void aManagerOverridesTheRagWithAReasonAndBothAreShown() throws Exception {
        Action overdue = assessor.assess(demo(), LocalDate.now(clock)).overdue().get(0);

        mvc.perform(post("/actions/" + overdue.getId() + "/override").with(MANAGER).with(csrf())
                        .param("version", String.valueOf(overdue.getVersion())).param("colour", "AMBER").param("reason", ""))
                .andExpect(redirectedUrl("/actions/" + overdue.getId()));
        assertThat(actions.findById(overdue.getId()).orElseThrow().getOverride()).isEmpty();

        mvc.perform(post("/actions/" + overdue.getId() + "/override").with(MANAGER).with(csrf())
                .param("version", String.valueOf(overdue.getVersion())).param("colour", "AMBER")
                .param("reason", "Training delivered; evaluation due at the next board"));
        Document page = page(get("/actions/" + overdue.getId()).with(VIEWER));

        assertThat(page.select(".govuk-inset-text").text()).contains("RAG set to Amber by manager: Training delivered",
                "Oversight proposed Red from the facts");
        assertThat(page.select("h2:contains(Audit trail) + table").text()).contains("RAG overridden to Amber");
    }

    @Test
    void aManagerMovesADeadlineAndTheHistoryKeepsWhoAgreedAndWhy() throws Exception {
        Action action = actions.findLedBy("lead").get(0);
        LocalDate newDue = LocalDate.now(clock).plusMonths(4).withDayOfMonth(1);

        mvc.perform(post("/actions/" + action.getId() + "/deadline").with(LEAD).with(csrf())
                .param("version", String.valueOf(action.getVersion())).param("newDue", newDue.toString())
                .param("agreedBy", "Me").param("reason", "Because")).andExpect(status().isForbidden());
        mvc.perform(post("/actions/" + action.getId() + "/deadline").with(MANAGER).with(csrf())
                .param("version", String.valueOf(action.getVersion())).param("newDue", newDue.toString())
                .param("agreedBy", "Improvement Board").param("reason", "Awaiting the new case recording system"));

        Document page = page(get("/actions/" + action.getId()));
        assertThat(page.selectFirst("h2:contains(Deadline history) + table").text())
                .contains(LongDate.of(newDue), "Improvement Board", "Awaiting the new case recording system");
    }

    @Test
    void myActionsListsOnlyTheActionsTheLeadHolds() throws Exception {
        List<String> mine = actions.findLedBy("lead").stream().map(Action::getReference).toList();
        assertThat(mine).as("the demo lead holds actions").isNotEmpty();

        Document page = page(get("/my-actions").with(LEAD));

        List<String> shown = page.select("tbody tr td:first-child a").eachText().stream()
                .map(t -> t.substring(0, t.indexOf(' '))).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(mine);
        for (Element row : page.select("tbody tr")) {
            long id = Long.parseLong(row.selectFirst("a").attr("href").replace("/actions/", ""));
            Action action = actions.findById(id).orElseThrow();
            StatusAssessment status = assessor.assess(action.getRecommendation().getPlan(), LocalDate.now(clock)).of(action);
            List<String> cells = row.select("td").eachText();
            assertThat(cells.get(0)).startsWith(action.getReference() + " ");
            assertThat(cells.get(1)).isEqualTo(action.getRecommendation().getPlan().getTitle());
            assertThat(cells.get(2)).isEqualTo(action.getUpdates().stream().map(ProgressUpdate::getAsAt)
                    .filter(d -> !d.isAfter(LocalDate.now(clock))).max(LocalDate::compareTo).map(LongDate::of).orElse("None yet"));
            assertThat(row.select("td:last-child .govuk-tag").text()).contains(status.rag().label());
            assertThat(row.select("td:last-child > span.govuk-body-s").last().text()).isEqualTo(status.headline());
        }
        mvc.perform(get("/my-actions")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theActionTableFiltersByStatusAndPriority() throws Exception {
        PlanAssessment today = assessor.assess(demo(), LocalDate.now(clock));
        long red = today.all().stream().filter(s -> s.rag() == RagColour.RED).count();

        Document page = page(get("/plans/" + demo().getId() + "/actions").param("rag", "RED"));

        assertThat(page.select("tbody tr")).hasSize((int) red);
        assertThat(page.select("tbody tr .govuk-tag").eachText()).allMatch(t -> t.contains("Red"));
    }

    @Test
    void theActionTableFiltersByLeadOrganisationAndDueDatesAndOffersEveryLeadOfThePlan() throws Exception {
        List<Action> all = demo().actions();
        List<Lead> leads = all.stream().flatMap(a -> a.getLeads().stream()).distinct()
                .sorted(java.util.Comparator.comparing(Lead::getName)).toList();
        Document unfiltered = page(get("/plans/" + demo().getId() + "/actions").with(MANAGER));
        assertThat(unfiltered.select("select[name=lead] option[value~=\\d+]").eachText())
                .containsExactlyElementsOf(leads.stream().map(Lead::getName).toList());
        assertThat(unfiltered.select("tbody tr")).hasSize(all.size());

        Lead partner = leads.stream().filter(l -> l.getOrganisation() != null
                && !l.getOrganisation().getId().equals(demo().getOwner().getId())).findFirst().orElse(leads.get(0));
        Document byLead = page(get("/plans/" + demo().getId() + "/actions").param("lead", partner.getId().toString()).with(MANAGER));
        assertThat(hrefs(byLead)).containsExactlyElementsOf(all.stream().filter(a -> a.getLeads().contains(partner))
                .map(a -> "/actions/" + a.getId()).toList()).isNotEmpty();

        long organisation = partner.getOrganisation().getId();
        Document byOrganisation = page(get("/plans/" + demo().getId() + "/actions").param("organisation", String.valueOf(organisation))
                .with(MANAGER));
        assertThat(hrefs(byOrganisation)).containsExactlyElementsOf(all.stream()
                .filter(a -> a.getLeads().stream().anyMatch(l -> l.getOrganisation() != null && l.getOrganisation().getId() == organisation))
                .map(a -> "/actions/" + a.getId()).toList());

        LocalDate from = LocalDate.now(clock);
        LocalDate to = from.plusMonths(6);
        Document due = page(get("/plans/" + demo().getId() + "/actions").param("dueFrom", from.toString()).param("dueTo", to.toString())
                .with(MANAGER));
        List<String> expected = all.stream().filter(a -> a.getDueDate() != null && !a.getDueDate().isBefore(from)
                && !a.getDueDate().isAfter(to)).map(a -> "/actions/" + a.getId()).toList();
        assertThat(hrefs(due)).containsExactlyElementsOf(expected);
        assertThat(due.select("p:contains(of " + all.size() + " actions)").text()).isEqualTo(expected.size() + " of " + all.size() + " actions");
    }

    private static List<String> hrefs(Document page) {
        return page.select("tbody tr td:first-child a").eachAttr("href");
    }

    @Test
    void aRecommendationPageListsEachOfItsActionsWithItsStatusAndReason() throws Exception {
        PlanAssessment today = assessor.assess(demo(), LocalDate.now(clock));
        Recommendation rec = demo().getRecommendations().get(0);

        Document page = page(get("/plans/" + demo().getId() + "/recommendations/" + rec.getId()));

        List<Element> rows = page.select("h2:contains(Actions) + table tbody tr");
        assertThat(rows).hasSize(rec.activeActions().size());
        for (int i = 0; i < rows.size(); i++) {
            Action action = rec.activeActions().get(i);
            assertThat(rows.get(i).selectFirst("a").attr("href")).isEqualTo("/actions/" + action.getId());
            assertThat(rows.get(i).select("td").get(3).text()).contains(today.of(action).rag().label(), today.of(action).headline());
        }
    }
}
