package org.oversight.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.oversight.notification.internal.NotificationDelivery;
import org.oversight.notification.internal.NotificationRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises notifications and lists each person's. A reminder key is raised once only, however
 * many times or on however many instances it is offered.
 */
@Service
@Transactional
public class Notifications {
    private final NotificationRepository repository;
    private final NotificationDelivery delivery;
    private final Clock clock;

    Notifications(NotificationRepository repository, NotificationDelivery delivery, Clock clock) {
        this.repository = repository;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Keeps the reminder as a notification, unless its key was raised before. */
    public Optional<Notification> raise(DueReminder reminder) {
        if (repository.existsByReminderKey(reminder.key())) {
            return Optional.empty();
        }
        return Optional.of(repository.saveAndFlush(new Notification(reminder, clock.instant())));
    }

    /**
     * Raises the reminder now, outside the daily run, and emails it at once to a person who wants
     * each notification by email; digest readers get it in their next digest, and those who opted
     * out only see it in Oversight.
     */
    public Optional<Notification> raiseAndDeliver(DueReminder reminder) {
        Optional<Notification> raised = raise(reminder);
        raised.ifPresent(delivery::deliverNow);
        return raised;
    }

    /** The person's latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> recentFor(String username, int limit) {
        return repository.findByUsernameOrderByCreatedAtDescIdDesc(username, PageRequest.of(0, limit));
    }
}
