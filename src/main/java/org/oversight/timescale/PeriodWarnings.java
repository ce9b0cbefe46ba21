package org.oversight.timescale;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Warns when a timescale falls outside the plan period it belongs to. */
final class PeriodWarnings {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PeriodWarnings() {
    }

    static List<TimescaleWarning> of(LocalDate date, PlanPeriod plan) {
        List<TimescaleWarning> warnings = new ArrayList<>();
        if (date == null) {
            return warnings;
        }
        if (plan.start() != null && date.isBefore(plan.start())) {
            warnings.add(new TimescaleWarning(TimescaleWarningCode.TIMESCALE_BEFORE_PLAN_START,
                    shown(date) + " is before the plan starts on " + shown(plan.start())));
        }
        if (plan.end() != null && date.isAfter(plan.end())) {
            warnings.add(new TimescaleWarning(TimescaleWarningCode.TIMESCALE_AFTER_PLAN_END,
                    shown(date) + " is after the plan ends on " + shown(plan.end())));
        }
        return warnings;
    }

    private static String shown(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }
}
