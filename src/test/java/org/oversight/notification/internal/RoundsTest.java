package org.oversight.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.oversight.notification.DeliveryChoice;
import org.oversight.notification.DueReminder;
import org.oversight.notification.NotificationKind;
import org.oversight.notification.Notifications;
import org.oversight.notification.WorkingDays;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanFixtures;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.RagColour;
import org.oversight.plan.RoundReturns;
import org.oversight.plan.UpdateRound;
import org.oversight.plan.UpdateRounds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Update rounds on the whole application, without the demo so that the fixture plan's leads
 * are the only ones: timing, who has updated, closing, delivery, pages.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:rounds-test;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=false"})
@AutoConfigureMockMvc
@Transactional
class RoundsTest {
    private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);
    private static final LocalDate DUE = LocalDate.of(2026, 4, 9);
    @Autowired UpdateRounds rounds;
    @Autowired RoundReminders reminders;
    @Autowired WorkingDays workingDays;
    @Autowired Notifications notifications;
    @Autowired NotificationDelivery delivery;
    @Autowired OutboxRepository outbox;
    @Autowired PreferenceRepository preferences;
    @Autowired PlanRepository plans;
    @Autowired OrganisationRepository organisations;
    @Autowired LeadRepository leads;
    @Autowired MockMvc mvc;
    private ActionPlan plan;
    private UpdateRound round;

    @BeforeEach
    void openARoundAfterEaster() {
        PlanFixtures fixtures = new PlanFixtures();
        plan = fixtures.save(organisations, leads, plans, fixtures.aPlanWithOverdueActions()).get(0);
        round = rounds.open(plan.getId(), AS_AT, DUE);
    }

    private List<DueReminder> remindersOn(LocalDate day) {
        return reminders.dueOn(day, workingDays).stream()
                .filter(r -> r.key().startsWith("round:" + round.getId() + ":")).toList();
    }

    @Test
    @DisplayName("should remind from 3 working days before the due date, counting over Good Friday and Easter Monday")
    void remindsBeforeTheRoundIsDue() {
        assertThat(remindersOn(LocalDate.of(2026, 4, 1))).isEmpty();
        List<DueReminder> onThursdayBeforeEaster = remindersOn(LocalDate.of(2026, 4, 2));
        assertThat(onThursdayBeforeEaster).extracting(DueReminder::username).containsExactlyInAnyOrder("lead", "nhslead");
        assertThat(onThursdayBeforeEaster).allMatch(r -> r.kind() == NotificationKind.ROUND_DUE
                && r.link().equals("/rounds/" + round.getId() + "/my-updates"));
        assertThat(remindersOn(LocalDate.of(2026, 4, 9))).extracting(DueReminder::key)
                .isEqualTo(onThursdayBeforeEaster.stream().map(DueReminder::key).toList());
    }

    @Test
    @DisplayName("should chase on the first working day after the due date and every 5 working days after")
    void chasesWhenOverdue() {
        assertThat(remindersOn(LocalDate.of(2026, 4, 10))).isNotEmpty()
                .allMatch(r -> r.kind() == NotificationKind.ROUND_OVERDUE && r.key().endsWith(":2026-04-10"));
        assertThat(remindersOn(LocalDate.of(2026, 4, 13))).isEmpty();
        assertThat(remindersOn(LocalDate.of(2026, 4, 17))).isNotEmpty();
    }

    @Test
    @DisplayName("should count the chasing interval in working days over Christmas, Boxing Day and New Year")
    void chasesOverChristmas() {
        UpdateRound december = rounds.open(plan.getId(), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 23));
        java.util.function.Function<LocalDate, List<String>> chasesOn = day -> reminders.dueOn(day, workingDays).stream()
                .filter(r -> r.key().startsWith("round:" + december.getId() + ":overdue:")).map(DueReminder::key).toList();
        assertThat(chasesOn.apply(LocalDate.of(2026, 12, 24))).isNotEmpty();
        assertThat(chasesOn.apply(LocalDate.of(2026, 12, 29))).isEmpty();
        assertThat(chasesOn.apply(LocalDate.of(2027, 1, 4))).isEmpty();
        assertThat(chasesOn.apply(LocalDate.of(2027, 1, 5))).as("the 6th working day after 23 December").isNotEmpty();
    }

    @Test
    @DisplayName("should list who has not updated, and stop reminding a lead once all their actions are updated")
    void tellsWhoHasNotUpdated() {
        RoundReturns returns = rounds.returnsOf(round);
        assertThat(returns.outstandingByLead()).containsEntry("lead", List.of("1.1", "2.2"))
                .containsEntry("nhslead", List.of("2.1", "2.2"));
        assertThat(returns.actions()).extracting(r -> r.action().getReference()).doesNotContain("1.2");
    }

    @Test
    @DisplayName("should fix each action's status as at the round's date when the round is closed")
    void closingFixesTheSnapshot() {
        UpdateRound closed = rounds.close(round.getId(), "Priya Shah");
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.getSnapshot()).extracting(s -> s.getReference() + " " + s.getRag() + " " + s.isUpdated())
                .containsExactly("1.1 RED false", "1.2 GREEN true", "2.1 AMBER false", "2.2 GREEN false");
        assertThat(plans.findById(plan.getId()).orElseThrow().getRounds()).contains(AS_AT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rounds.close(round.getId(), "Again"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("should group a daily digest by kind, send nothing to those who opted out, and email the others at once")
    void deliversAsEachPersonChose() {
        preferences.save(new NotificationPreference("digester", "digester@example.gov.uk", DeliveryChoice.DAILY_DIGEST));
        preferences.save(new NotificationPreference("quiet", "quiet@example.gov.uk", DeliveryChoice.NONE));
        preferences.save(new NotificationPreference("prompt", "prompt@example.gov.uk", DeliveryChoice.IMMEDIATE));
        raise("a", "digester", NotificationKind.ROUND_DUE, "Please update 1.1");
        raise("b", "digester", NotificationKind.ROUND_OVERDUE, "Your update on 2.1 is overdue");
        raise("c", "digester", NotificationKind.ROUND_DUE, "Please update 3.1");
        raise("d", "quiet", NotificationKind.ROUND_DUE, "Please update 4.1");
        raise("e", "prompt", NotificationKind.ROUND_DUE, "Please update 5.1");
        delivery.sendDigests();

        List<OutboxMessage> toDigester = sentTo("digester@example.gov.uk");
        assertThat(toDigester).hasSize(1);
        String text = toDigester.get(0).getTextBody();
        assertThat(text).contains("3 notifications").containsSubsequence("Updates overdue", "2.1",
                "Updates due soon", "1.1", "3.1").contains("http://localhost:8080/rounds/1/my-updates");
        assertThat(sentTo("quiet@example.gov.uk")).isEmpty();
        assertThat(notifications.recentFor("quiet", 5)).extracting(n -> n.getBody()).containsExactly("Please update 4.1");
        assertThat(sentTo("prompt@example.gov.uk")).singleElement()
                .satisfies(m -> assertThat(m.getHtmlBody()).contains("<a href=\"http://localhost:8080/rounds/1/my-updates\">"));
    }

    @Test
    @DisplayName("should raise a reminder key only once")
    void raisesAKeyOnce() {
        DueReminder r = new DueReminder("once", "lead", NotificationKind.OTHER, "s", "t", "/");
        assertThat(notifications.raise(r)).isPresent();
        assertThat(notifications.raise(r)).isEmpty();
    }

    @Test
    @DisplayName("should show administrators the outbox, and nobody else")
    void showsTheOutbox() throws Exception {
        outbox.save(new OutboxMessage(new MailMessage("x@example.gov.uk", "Oversight: Updates due", "Please", null),
                java.time.Instant.now()));
        mvc.perform(get("/outbox").with(user("admin").roles("ADMINISTRATOR"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Oversight: Updates due")));
        mvc.perform(get("/outbox").with(user("manager").roles("PLAN_MANAGER"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("should show each action's errors in the error summary and save nothing when a section is incomplete")
    void showsErrorsPerAction() throws Exception {
        long a11 = plan.findAction("1.1").orElseThrow().getId();
        long a22 = plan.findAction("2.2").orElseThrow().getId();
        mvc.perform(post("/rounds/" + round.getId() + "/my-updates").with(user("lead").roles("ACTION_LEAD")).with(csrf())
                        .param("entries[0].actionId", "" + a11).param("entries[0].version", "0")
                        .param("entries[0].text", "Audit done").param("entries[0].status", "IN_PROGRESS")
                        .param("entries[1].actionId", "" + a22).param("entries[1].version", "0")
                        .param("entries[1].text", "Reported").param("entries[1].rag", "GREEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder("There is a problem",
                        "href=\"#entries0.rag\"", "Action 1.1: select the RAG status",
                        "href=\"#entries1.status\"", "Action 2.2: select where the action stands")));
        assertThat(rounds.returnsOf(round).outstandingByLead()).containsEntry("lead", List.of("1.1", "2.2"));
    }

    @Test
    @DisplayName("should save every filled-in section, each against its own version, and show the manager who is left")
    void savesAllSectionsAndTheManagerSeesWhoIsLeft() throws Exception {
        var a11 = plan.findAction("1.1").orElseThrow();
        var a22 = plan.findAction("2.2").orElseThrow();
        mvc.perform(post("/rounds/" + round.getId() + "/my-updates").with(user("lead").roles("ACTION_LEAD")).with(csrf())
                        .param("entries[0].actionId", "" + a11.getId()).param("entries[0].version", "" + a11.getVersion())
                        .param("entries[0].text", "Audit done").param("entries[0].rag", "AMBER").param("entries[0].status", "IN_PROGRESS")
                        .param("entries[1].actionId", "" + a22.getId()).param("entries[1].version", "" + a22.getVersion())
                        .param("entries[1].text", "Reported").param("entries[1].rag", "GREEN").param("entries[1].status", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection());
        RoundReturns returns = rounds.returnsOf(round);
        assertThat(returns.outstandingByLead()).doesNotContainKey("lead").containsEntry("nhslead", List.of("2.1"));
        assertThat(a11.latestUpdate().orElseThrow().getRag()).isEqualTo(RagColour.AMBER);
        mvc.perform(get("/plans/" + plan.getId() + "/rounds/" + round.getId()).with(user("manager").roles("PLAN_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder(
                        "Who has not updated", "nhslead", "2.1", "Who has updated", "lead", "Close the round")));
        mvc.perform(get("/plans/" + plan.getId() + "/rounds/" + round.getId()).with(user("lead").roles("ACTION_LEAD")))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("should show a signed-in person their notifications on the home page, and send others to the plans")
    void homePage() throws Exception {
        notifications.raise(new DueReminder("home", "lead", NotificationKind.ROUND_DUE, "Updates due by 9 April 2026",
                "Please update 1.1", "/rounds/" + round.getId() + "/my-updates"));
        mvc.perform(get("/").with(user("lead").roles("ACTION_LEAD"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Updates due by 9 April 2026")));
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }

    private void raise(String key, String username, NotificationKind kind, String text) {
        notifications.raise(new DueReminder(key, username, kind, text, text, "/rounds/1/my-updates"))
                .ifPresent(delivery::deliverNow);
    }

    private List<OutboxMessage> sentTo(String address) {
        return outbox.findAll().stream().filter(m -> m.getRecipient().equals(address)).toList();
    }
}
