package org.oversight.notification.internal;

import java.util.List;
import org.oversight.notification.DeliveryChoice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreferenceRepository extends JpaRepository<NotificationPreference, String> {
    List<NotificationPreference> findByDeliveryAndEmailIsNotNull(DeliveryChoice delivery);
}
