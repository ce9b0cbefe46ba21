package org.oversight.notification.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.oversight.notification.DueReminder;
import org.oversight.notification.NotificationKind;
import org.oversight.notification.ReminderSource;
import org.oversight.notification.WorkingDays;
import org.oversight.plan.LongDate;
import org.oversight.plan.RoundReturns;
import org.oversight.plan.UpdateRound;
import org.oversight.plan.UpdateRounds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds each lead with actions still to update in an open round: once, from the chosen
 * number of working days before the round is due; then chases them on the first working day
 * after it is due and every few working days after that, until they update or the round closes.
 */
@Component
class RoundReminders implements ReminderSource {
    private final UpdateRounds rounds;
    private final ReminderProperties properties;

    RoundReminders(UpdateRounds rounds, ReminderProperties properties) {
        this.rounds = rounds;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueReminder> dueOn(LocalDate today, WorkingDays workingDays) {
        List<DueReminder> due = new ArrayList<>();
        for (UpdateRound round : rounds.open()) {
            RoundReturns returns = rounds.returnsOf(round);
            returns.outstandingByLead().forEach((username, references) -> reminderFor(round, username, references,
                    today, workingDays).ifPresent(due::add));
        }
        return due;
    }

    private java.util.Optional<DueReminder> reminderFor(UpdateRound round, String username, List<String> references,
                                                        LocalDate today, WorkingDays workingDays) {
        LocalDate due = round.getDueOn();
        String what = (references.size() == 1 ? "action " : "actions ") + String.join(", ", references)
                + " in " + round.getPlan().getTitle() + ", progress as at " + LongDate.of(round.getAsAt());
        String link = "/rounds/" + round.getId() + "/my-updates";
        if (!today.isAfter(due) && !today.isBefore(workingDays.before(due, properties.beforeDue()))) {
            return java.util.Optional.of(new DueReminder("round:" + round.getId() + ":due:" + username, username,
                    NotificationKind.ROUND_DUE, "Updates due by " + LongDate.of(due),
                    "Please update " + what + ". Updates are due by " + LongDate.of(due) + ".", link));
        }
        int late = workingDays.between(due, today);
        if (today.isAfter(due) && late >= 1 && (late - 1) % properties.chaseEvery() == 0) {
            return java.util.Optional.of(new DueReminder("round:" + round.getId() + ":overdue:" + username + ":" + today,
                    username, NotificationKind.ROUND_OVERDUE, "Updates overdue since " + LongDate.of(due),
                    "Your updates on " + what + " were due by " + LongDate.of(due) + " and are overdue. "
                            + "Please update them now.", link));
        }
        return java.util.Optional.empty();
    }
}
