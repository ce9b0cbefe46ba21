package org.oversight.notification;

import jakarta.persistence.*;
import java.time.Instant;

/** One notification kept for one person, shown in the application and perhaps emailed. */
@Entity
@Table(name = "notification")
public class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    @Column(name = "reminder_key")
    private String reminderKey;
    private String subject;
    private String body;
    private String link;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected Notification() {
    }

    Notification(DueReminder reminder, Instant at) {
        this.username = reminder.username();
        this.kind = reminder.kind();
        this.reminderKey = reminder.key();
        this.subject = reminder.subject();
        this.body = reminder.text();
        this.link = reminder.link();
        this.createdAt = at;
    }

    public void emailed(Instant at) { this.emailedAt = at; }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public NotificationKind getKind() { return kind; }
    public String getReminderKey() { return reminderKey; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEmailedAt() { return emailedAt; }
    public boolean isEmailed() { return emailedAt != null; }
}
