package org.oversight.notification;

import java.util.List;

/**
 * Something that may owe people reminders on a given working day: update rounds, board
 * packs, follow-ups from resolutions. Declare an implementation as a Spring bean; the daily
 * reminder run asks every source once per working day (on one instance only). A reminder
 * whose key has been raised before is never raised again, so a source may return the same
 * reminder on every run.
 */
public interface ReminderSource {
    List<DueReminder> dueOn(java.time.LocalDate today, WorkingDays workingDays);
}
