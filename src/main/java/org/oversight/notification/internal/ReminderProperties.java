package org.oversight.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oversight.reminders.*}: a round is due on the {@code due-working-day}-th working day
 * after its "as at" date; leads are reminded {@code before-due} working days before it is due,
 * chased on the first working day after and then every {@code chase-every} working days; an
 * open round closes itself {@code close-after} working days after it was due (0: never).
 * {@code cron} runs rounds and reminders, {@code digest-cron} sends the daily digests
 * ("-" switches a schedule off).
 */
@ConfigurationProperties("oversight.reminders")
public record ReminderProperties(@DefaultValue("5") int dueWorkingDay,
                                 @DefaultValue("3") int beforeDue,
                                 @DefaultValue("5") int chaseEvery,
                                 @DefaultValue("10") int closeAfter,
                                 @DefaultValue("0 0 7 * * *") String cron,
                                 @DefaultValue("0 0 16 * * *") String digestCron) {
}
