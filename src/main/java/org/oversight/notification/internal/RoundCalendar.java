package org.oversight.notification.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.oversight.notification.WorkingDays;
import org.oversight.plan.ActionPlan;
import org.springframework.stereotype.Component;

/**
 * When a plan's rounds fall. Rounds follow the plan's cadence from the start of its period:
 * a monthly plan reports progress as at the last day of each month, a weekly plan as at
 * the day before each week of the plan begins. A round is due on the chosen working day
 * after its "as at" date (the 5th by default).
 */
@Component
class RoundCalendar {
    private final WorkingDays workingDays;
    private final ReminderProperties properties;

    RoundCalendar(WorkingDays workingDays, ReminderProperties properties) {
        this.workingDays = workingDays;
        this.properties = properties;
    }

    /** The latest "as at" date before today, if the plan has reached one within its period. */
    Optional<LocalDate> latestAsAt(ActionPlan plan, LocalDate today) {
        Period cadence = plan.getUpdateCadence();
        LocalDate start = plan.getPeriodStart();
        if (start == null) {
            return Optional.empty();
        }
        LocalDate anchor = cadence.toTotalMonths() > 0 ? start.withDayOfMonth(1) : start;
        LocalDate latest = null;
        for (int k = 1; ; k++) {
            LocalDate asAt = anchor.plus(cadence.multipliedBy(k)).minusDays(1);
            boolean pastPeriod = plan.getPeriodEnd() != null && asAt.isAfter(plan.getPeriodEnd());
            if (!asAt.isBefore(today) || pastPeriod) {
                return Optional.ofNullable(latest);
            }
            latest = asAt;
        }
    }

    LocalDate dueOn(LocalDate asAt) {
        return workingDays.after(asAt, properties.dueWorkingDay());
    }
}
