package org.oversight.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The clock that starts the daily run and the daily digest on every instance; the locks let one do it. */
@Component
class DailySchedule {
    private final DailyRun dailyRun;
    private final NotificationDelivery delivery;
    private final Clock clock;

    DailySchedule(DailyRun dailyRun, NotificationDelivery delivery, Clock clock) {
        this.dailyRun = dailyRun;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(cron = "${oversight.reminders.cron:0 0 7 * * *}")
    void remind() {
        dailyRun.runOn(LocalDate.now(clock));
    }

    @Scheduled(cron = "${oversight.reminders.digest-cron:0 0 16 * * *}")
    @SchedulerLock(name = "daily-digest")
    void sendDigests() {
        delivery.sendDigests();
    }
}
