package org.oversight.notification.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** An email kept in the outbox instead of being sent: the embedded default. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String subject;
    @Column(name = "text_body")
    private String textBody;
    @Column(name = "html_body")
    private String htmlBody;
    @Column(name = "created_at")
    private Instant createdAt;

    protected OutboxMessage() {
    }

    OutboxMessage(MailMessage message, Instant at) {
        this.recipient = message.to();
        this.subject = message.subject();
        this.textBody = message.text();
        this.htmlBody = message.html();
        this.createdAt = at;
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getTextBody() { return textBody; }
    public String getHtmlBody() { return htmlBody; }
    public Instant getCreatedAt() { return createdAt; }
}
