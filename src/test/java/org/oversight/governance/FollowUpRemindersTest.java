package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.notification.DeliveryChoice;
import org.oversight.notification.DueReminder;
import org.oversight.notification.NotificationKind;
import org.oversight.notification.Notifications;
import org.oversight.notification.WorkingDays;
import org.oversight.notification.internal.NotificationDelivery;
import org.oversight.notification.internal.NotificationPreference;
import org.oversight.notification.internal.OutboxRepository;
import org.oversight.notification.internal.PreferenceRepository;
import org.oversight.plan.Lead;
import org.oversight.plan.LeadRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups reminded like update rounds: due on Thursday 9 April 2026, after Good Friday and
 * Easter Monday, so the working days counted skip both.
 */
@OversightTest
@Transactional
@DisplayName("Follow-up reminders")
class FollowUpRemindersTest {
    private static final LocalDate DUE = LocalDate.of(2026, 4, 9);
    @Autowired FollowUpReminders reminders;
    @Autowired WorkingDays workingDays;
    @Autowired FollowUps followUps;
    @Autowired Boards boards;
    @Autowired Meetings meetings;
    @Autowired LeadRepository leads;
    @Autowired Notifications notifications;
    @Autowired NotificationDelivery delivery;
    @Autowired PreferenceRepository preferences;
    @Autowired OutboxRepository outbox;
    private Board scrutiny;
    private Meeting meeting;
    private String ownerName;

    @BeforeEach
    void aMeetingThatAskedForThings() {
        scrutiny = DemoBoard.named(boards, "Children's Services Overview and Scrutiny Committee").orElseThrow();
        meeting = meetings.save(new Meeting(scrutiny, LocalDate.of(2026, 3, 10), null, null));
        Lead held = leads.findByHeldBy("lead").get(0);
        ownerName = held.getName();
    }

    private FollowUp ask(String request, String owner, boolean exempt) {
        return followUps.save(new FollowUp(meeting, "OSC/26/90", request, owner, exempt).due(DUE, null));
    }

    private List<DueReminder> on(LocalDate day, FollowUp f) {
        return reminders.dueOn(day, workingDays).stream().filter(r -> r.key().startsWith("follow-up:" + f.getId() + ":")).toList();
    }

    @Test
    @DisplayName("should remind the owner from 5 working days before it is due, counting over Good Friday and Easter Monday")
    void remindsBeforeDue() {
        FollowUp f = ask("that the head of service report on agency social workers", ownerName, false);
        assertThat(on(LocalDate.of(2026, 3, 30), f)).isEmpty();
        List<DueReminder> first = on(LocalDate.of(2026, 3, 31), f);
        assertThat(first).singleElement().satisfies(r -> {
            assertThat(r.username()).isEqualTo("lead");
            assertThat(r.kind()).isEqualTo(NotificationKind.FOLLOW_UP);
            assertThat(r.text()).contains("agency social workers", "due by 9 April 2026");
            assertThat(r.link()).isEqualTo("/boards/" + scrutiny.getId() + "#follow-ups");
        });
        assertThat(on(DUE, f)).extracting(DueReminder::key).isEqualTo(first.stream().map(DueReminder::key).toList());
    }

    @Test
    @DisplayName("should chase on the first working day after it is due and every 5 working days while open, then stop once closed")
    void chasesWhenOverdue() {
        FollowUp f = ask("that the head of service report on agency social workers", ownerName, false);
        assertThat(on(LocalDate.of(2026, 4, 10), f)).singleElement()
                .satisfies(r -> assertThat(r.key()).endsWith(":overdue:lead:2026-04-10"));
        assertThat(on(LocalDate.of(2026, 4, 13), f)).isEmpty();
        assertThat(on(LocalDate.of(2026, 4, 17), f)).hasSize(1);
        f.close("Report taken at the meeting", LocalDate.of(2026, 4, 20), "manager");
        assertThat(on(LocalDate.of(2026, 4, 24), f)).isEmpty();
    }

    @Test
    @DisplayName("should tell the board's clerk when no account holds the owner, and never put an exempt request in the text")
    void clerkAndExempt() {
        FollowUp unowned = ask("that the Chair write to the Minister", "Chair", false);
        assertThat(on(LocalDate.of(2026, 4, 2), unowned)).extracting(DueReminder::username).containsExactly("manager");
        assertThat(on(LocalDate.of(2026, 4, 2), unowned).get(0).text()).contains("has no Oversight account");

        FollowUp exempt = ask("that officers report on the Oakfield contract", ownerName, true);
        DueReminder reminder = on(LocalDate.of(2026, 4, 2), exempt).get(0);
        assertThat(reminder.text() + reminder.subject()).contains("exempt item", "OSC/26/90").doesNotContain("Oakfield");
    }

    @Test
    @DisplayName("should email the owner at once, or in the daily digest, or not at all, as each chose")
    void deliveredAsChosen() {
        FollowUp f = ask("that the head of service report on agency social workers", ownerName, false);
        FollowUp unowned = ask("that the Chair write to the Minister", "Chair", false);
        preferences.save(new NotificationPreference("lead", "lead@example.gov.uk", DeliveryChoice.IMMEDIATE));
        preferences.save(new NotificationPreference("manager", "manager@example.gov.uk", DeliveryChoice.DAILY_DIGEST));
        long before = outbox.count();
        on(LocalDate.of(2026, 4, 2), f).forEach(notifications::raiseAndDeliver);
        on(LocalDate.of(2026, 4, 2), unowned).forEach(notifications::raiseAndDeliver);
        assertThat(outbox.count()).isEqualTo(before + 1);
        delivery.sendDigests();
        assertThat(outbox.findAll()).anyMatch(m -> m.getTextBody().contains("Follow-ups from board resolutions")
                && m.getTextBody().contains("write to the Minister"));

        preferences.save(new NotificationPreference("lead", "lead@example.gov.uk", DeliveryChoice.NONE));
        long quiet = outbox.count();
        on(LocalDate.of(2026, 4, 10), f).forEach(notifications::raiseAndDeliver);
        assertThat(outbox.count()).isEqualTo(quiet);
        assertThat(notifications.recentFor("lead", 5)).anyMatch(n -> n.getSubject().startsWith("Follow-up overdue"));
        assertThat(on(LocalDate.of(2026, 4, 2), f).stream().map(notifications::raise)).allMatch(java.util.Optional::isEmpty);
    }
}
