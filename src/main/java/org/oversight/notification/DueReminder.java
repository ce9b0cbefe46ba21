package org.oversight.notification;

/**
 * One reminder for one person. {@code key} identifies it for ever ("round:7:reminder:lead"):
 * a key is raised once. {@code kind} groups reminders in the daily digest. {@code link} is the
 * path of the page to act on ("/rounds/7/my-updates").
 */
public record DueReminder(String key, String username, NotificationKind kind, String subject, String text,
                          String link) {
    public DueReminder {
        if (key == null || key.isBlank() || username == null || username.isBlank()) {
            throw new IllegalArgumentException("A reminder needs a key and a person");
        }
        if (!link.startsWith("/")) {
            throw new IllegalArgumentException("A reminder's link is a path within Oversight");
        }
    }
}
