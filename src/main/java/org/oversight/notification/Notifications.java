package org.oversight.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
    private final Clock clock;

    Notifications(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Keeps the reminder as a notification, unless its key was raised before. */
    public Optional<Notification> raise(DueReminder reminder) {
        if (repository.existsByReminderKey(reminder.key())) {
            return Optional.empty();
        }
        return Optional.of(repository.saveAndFlush(new Notification(reminder, clock.instant())));
    }

    /** The person's latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> recentFor(String username, int limit) {
        return repository.findByUsernameOrderByCreatedAtDescIdDesc(username, PageRequest.of(0, limit));
    }
}
