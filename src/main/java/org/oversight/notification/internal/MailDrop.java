package org.oversight.notification.internal;

/** Where emails go: the outbox table (embedded default) or an SMTP server. */
public interface MailDrop {
    void send(MailMessage message);
}
