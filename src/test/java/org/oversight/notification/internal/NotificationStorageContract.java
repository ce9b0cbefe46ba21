package org.oversight.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.notification.DeliveryChoice;
import org.oversight.notification.DueReminder;
import org.oversight.notification.Notification;
import org.oversight.notification.NotificationKind;
import org.oversight.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications raised once per reminder key, delivery preferences, the outbox with the
 * longest emails a digest can make, and the scheduler's lock table, through the services
 * the application uses.
 */
@Transactional
@Import({Notifications.class, NotificationDelivery.class, MailWriter.class, OutboxMailDrop.class,
        SchedulingConfiguration.class, NotificationStorageContract.FixedClock.class})
abstract class NotificationStorageContract {
    static final Instant NOW = Instant.parse("2026-04-02T07:00:00Z");
    @Autowired
    private TestEntityManager entities;
    @Autowired
    private Notifications notifications;
    @Autowired
    private NotificationRepository repository;
    @Autowired
    private NotificationDelivery delivery;
    @Autowired
    private PreferenceRepository preferences;
    @Autowired
    private OutboxRepository outbox;
    @Autowired
    private LockProvider locks;
    @Autowired
    private JdbcTemplate jdbc;

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Test
    @DisplayName("should keep a reminder as a notification once, however often its key is raised")
    void keepsEachReminderKeyOnce() {
        DueReminder due = reminder("round:7:due:lead", "lead", NotificationKind.ROUND_DUE, "Please update 1.1");
        long id = notifications.raise(due).orElseThrow().getId();
        assertThat(notifications.raise(due)).isEmpty();
        clear();

        Notification stored = repository.findById(id).orElseThrow();
        assertThat(stored.getUsername()).isEqualTo("lead");
        assertThat(stored.getKind()).isEqualTo(NotificationKind.ROUND_DUE);
        assertThat(stored.getReminderKey()).isEqualTo("round:7:due:lead");
        assertThat(stored.getBody()).isEqualTo("Please update 1.1");
        assertThat(stored.getLink()).isEqualTo("/rounds/7/my-updates");
        assertThat(stored.getCreatedAt()).isEqualTo(NOW);
        assertThat(stored.isEmailed()).isFalse();
        assertThat(repository.findByReminderKeyStartingWith("round:7:")).hasSize(1);
    }

    @Test
    @DisplayName("should refuse a second notification with a key already raised, as two instances racing would")
    void refusesADuplicateKeyInTheDatabase() {
        notifications.raise(reminder("race", "lead", NotificationKind.OTHER, "first"));
        assertThatThrownBy(() -> jdbc.update("insert into notification (username, kind, reminder_key, subject, body,"
                + " created_at) values ('lead', 'OTHER', 'race', 's', 'second', current_timestamp)"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @DisplayName("should list a person's notifications newest first, up to the limit")
    void listsNewestFirst() {
        for (int i = 1; i <= 4; i++) {
            notifications.raise(reminder("k" + i, "lead", NotificationKind.OTHER, "number " + i));
        }
        notifications.raise(reminder("other", "manager", NotificationKind.OTHER, "not for the lead"));
        clear();
        assertThat(notifications.recentFor("lead", 3)).extracting(Notification::getBody)
                .containsExactly("number 4", "number 3", "number 2");
    }

    @Test
    @DisplayName("should keep each person's choice and find the digest readers who gave an address")
    void keepsPreferences() {
        preferences.save(new NotificationPreference("digester", "digester@example.gov.uk", DeliveryChoice.DAILY_DIGEST));
        preferences.save(new NotificationPreference("no-address", null, DeliveryChoice.DAILY_DIGEST));
        preferences.save(new NotificationPreference("quiet", "quiet@example.gov.uk", DeliveryChoice.NONE));
        clear();
        assertThat(preferences.findByDeliveryAndEmailIsNotNull(DeliveryChoice.DAILY_DIGEST))
                .extracting(NotificationPreference::getUsername).containsExactly("digester");
        assertThat(preferences.findById("quiet").orElseThrow().wantsEmail(DeliveryChoice.IMMEDIATE)).isFalse();
    }

    @Test
    @DisplayName("should keep a long digest whole in the outbox and mark what it sent as emailed")
    void keepsALongDigest() {
        preferences.save(new NotificationPreference("digester", "digester@example.gov.uk", DeliveryChoice.DAILY_DIGEST));
        String longText = "Please update actions " + "1.1, ".repeat(1500);
        for (int i = 1; i <= 8; i++) {
            notifications.raise(reminder("long" + i, "digester", i % 2 == 0 ? NotificationKind.ROUND_OVERDUE
                    : NotificationKind.ROUND_DUE, longText + i));
        }
        assertThat(delivery.sendDigests()).isEqualTo(1);
        assertThat(delivery.sendDigests()).isZero();
        clear();

        OutboxMessage sent = outbox.findTop100ByOrderByCreatedAtDescIdDesc().get(0);
        assertThat(sent.getRecipient()).isEqualTo("digester@example.gov.uk");
        assertThat(sent.getTextBody()).hasSizeGreaterThan(8 * longText.length()).contains("Updates overdue", "Updates due soon");
        assertThat(sent.getHtmlBody()).contains("<h2>Updates overdue</h2>");
        assertThat(sent.getCreatedAt()).isEqualTo(NOW);
        assertThat(repository.findByUsernameAndEmailedAtIsNullOrderByKindAscCreatedAtAsc("digester")).isEmpty();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @DisplayName("should let one holder take a scheduler lock at a time, using the database's clock")
    void takesASchedulerLockOnce() {
        LockConfiguration daily = new LockConfiguration(Instant.now(), "daily-run", Duration.ofMinutes(15), Duration.ZERO);
        Optional<SimpleLock> first = locks.lock(daily);
        assertThat(first).isPresent();
        assertThat(locks.lock(daily)).as("a second instance while the first holds it").isEmpty();
        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(daily);
        assertThat(again).as("free again once released").isPresent();
        again.get().unlock();
    }

    private static DueReminder reminder(String key, String username, NotificationKind kind, String text) {
        return new DueReminder(key, username, kind, kind.heading(), text, "/rounds/7/my-updates");
    }

    private void clear() {
        entities.flush();
        entities.clear();
    }
}
