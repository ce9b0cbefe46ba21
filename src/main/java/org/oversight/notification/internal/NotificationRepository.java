package org.oversight.notification.internal;

import java.util.List;
import org.oversight.notification.Notification;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {
    boolean existsByReminderKey(String key);

    List<Notification> findByUsernameOrderByCreatedAtDescIdDesc(String username, Pageable page);

    List<Notification> findByUsernameAndEmailedAtIsNullOrderByKindAscCreatedAtAsc(String username);

    List<Notification> findByReminderKeyStartingWith(String prefix);
}
