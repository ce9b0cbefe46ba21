package org.oversight.notification.internal;

import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.oversight.notification.DueReminder;
import org.oversight.notification.Notifications;
import org.oversight.notification.ReminderSource;
import org.oversight.notification.WorkingDays;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.UpdateRound;
import org.oversight.plan.UpdateRounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The work of each working day, run once across all instances: open each plan's latest
 * round, close rounds long overdue, then raise and deliver every reminder that is due.
 */
@Component
public class DailyRun {
    private static final Logger log = LoggerFactory.getLogger(DailyRun.class);
    private final PlanRepository plans;
    private final UpdateRounds rounds;
    private final RoundCalendar calendar;
    private final List<ReminderSource> sources;
    private final Notifications notifications;
    private final NotificationDelivery delivery;
    private final WorkingDays workingDays;
    private final ReminderProperties properties;

    DailyRun(PlanRepository plans, UpdateRounds rounds, RoundCalendar calendar, List<ReminderSource> sources,
             Notifications notifications, NotificationDelivery delivery, WorkingDays workingDays,
             ReminderProperties properties) {
        this.plans = plans;
        this.rounds = rounds;
        this.calendar = calendar;
        this.sources = sources;
        this.notifications = notifications;
        this.delivery = delivery;
        this.workingDays = workingDays;
        this.properties = properties;
    }

    /** Runs the day's work for the given day; nothing on weekends and bank holidays. */
    @SchedulerLock(name = "daily-run")
    public void runOn(LocalDate today) {
        if (!workingDays.isWorkingDay(today)) {
            return;
        }
        openRounds(today);
        closeLongOverdueRounds(today);
        int raised = remind(today);
        log.info("Daily run for {}: {} reminders raised", today, raised);
    }

    private void openRounds(LocalDate today) {
        for (ActionPlan plan : plans.findByArchivedFalseOrderByTitle()) {
            calendar.latestAsAt(plan, today).ifPresent(asAt -> rounds.open(plan.getId(), asAt, calendar.dueOn(asAt)));
        }
    }

    private void closeLongOverdueRounds(LocalDate today) {
        if (properties.closeAfter() <= 0) {
            return;
        }
        for (UpdateRound round : rounds.open()) {
            if (workingDays.between(round.getDueOn(), today) >= properties.closeAfter()) {
                rounds.close(round.getId(), "Oversight (closed automatically)");
            }
        }
    }

    int remind(LocalDate today) {
        int raised = 0;
        for (ReminderSource source : sources) {
            for (DueReminder reminder : source.dueOn(today, workingDays)) {
                raised += raise(reminder) ? 1 : 0;
            }
        }
        return raised;
    }

    private boolean raise(DueReminder reminder) {
        try {
            return notifications.raise(reminder).map(n -> {
                delivery.deliverNow(n);
                return true;
            }).orElse(false);
        } catch (DataIntegrityViolationException alreadyRaised) {
            return false;
        }
    }
}
