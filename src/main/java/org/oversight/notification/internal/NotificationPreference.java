package org.oversight.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.oversight.notification.DeliveryChoice;

/** Where and how one person wants notifications by email. No row: no email address, nothing emailed. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {
    @Id
    private String username;
    private String email;
    @Enumerated(EnumType.STRING)
    private DeliveryChoice delivery;

    protected NotificationPreference() {
    }

    public NotificationPreference(String username, String email, DeliveryChoice delivery) {
        this.username = username;
        choose(email, delivery);
    }

    public void choose(String email, DeliveryChoice delivery) {
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.delivery = delivery == null ? DeliveryChoice.IMMEDIATE : delivery;
    }

    /** Emails go out only to a known address and when the person has not opted out. */
    public boolean wantsEmail(DeliveryChoice choice) {
        return email != null && delivery == choice;
    }

    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public DeliveryChoice getDelivery() { return delivery; }
}
