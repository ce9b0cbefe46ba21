package org.oversight.notification.internal;

/** One email: plain text always, a simple HTML alternative with the same words. */
public record MailMessage(String to, String subject, String text, String html) {
}
