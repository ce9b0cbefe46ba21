package org.oversight.notification.internal;

import java.time.Clock;
import java.util.List;
import org.oversight.notification.DeliveryChoice;
import org.oversight.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Emails notifications as each person chose: at once, in a daily digest, or never. */
@Component
public class NotificationDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);
    private final PreferenceRepository preferences;
    private final NotificationRepository notifications;
    private final MailDrop mail;
    private final MailWriter writer;
    private final Clock clock;

    NotificationDelivery(PreferenceRepository preferences, NotificationRepository notifications, MailDrop mail,
                         MailWriter writer, Clock clock) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.mail = mail;
        this.writer = writer;
        this.clock = clock;
    }

    /** Emails a new notification now if its person wants each one by email. */
    @Transactional
    public void deliverNow(Notification notification) {
        preferences.findById(notification.getUsername())
                .filter(p -> p.wantsEmail(DeliveryChoice.IMMEDIATE))
                .ifPresent(p -> {
                    try {
                        mail.send(writer.single(p.getEmail(), notification));
                        markEmailed(List.of(notification));
                    } catch (MailException e) {
                        // What raised the notification (issuing a pack, say) must not fail with the
                        // mail server: the notification stays on the person's home page, not emailed.
                        LOG.warn("Could not email notification {} to {}: {}", notification.getId(),
                                notification.getUsername(), e.getMessage());
                    }
                });
    }

    /** Sends each digest reader one email of everything not yet emailed; returns how many were sent. */
    @Transactional
    public int sendDigests() {
        int sent = 0;
        for (NotificationPreference p : preferences.findByDeliveryAndEmailIsNotNull(DeliveryChoice.DAILY_DIGEST)) {
            List<Notification> waiting = notifications.findByUsernameAndEmailedAtIsNullOrderByKindAscCreatedAtAsc(p.getUsername());
            if (!waiting.isEmpty()) {
                mail.send(writer.digest(p.getEmail(), waiting));
                markEmailed(waiting);
                sent++;
            }
        }
        return sent;
    }

    private void markEmailed(List<Notification> sent) {
        sent.forEach(n -> {
            Notification managed = notifications.findById(n.getId()).orElseThrow();
            managed.emailed(clock.instant());
        });
    }
}
