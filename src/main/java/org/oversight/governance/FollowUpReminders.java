package org.oversight.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.notification.DueReminder;
import org.oversight.notification.NotificationKind;
import org.oversight.notification.ReminderSource;
import org.oversight.notification.WorkingDays;
import org.oversight.plan.Lead;
import org.oversight.plan.LeadRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups from board resolutions are reminded as update rounds are: the owner is reminded once
 * in the working days before it is due (the due meeting's date, or the date the minutes set) and
 * chased on the first working day after and every few working days while it stays open.
 * The owner is the account holding the plan lead of the same name (of the board's organisation,
 * when the board belongs to one); when no account does, the
 * board's supporting officers are told instead, so that someone passes it on. A follow-up from an
 * exempt item is described without its wording: emails leave Oversight.
 */
@Component
class FollowUpReminders implements ReminderSource {
    private final FollowUps followUps;
    private final LeadRepository leads;
    private final GovernanceReminders settings;

    FollowUpReminders(FollowUps followUps, LeadRepository leads, GovernanceReminders settings) {
        this.followUps = followUps;
        this.leads = leads;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueReminder> dueOn(LocalDate today, WorkingDays workingDays) {
        List<Lead> held = leads.findAllByOrderByName().stream().filter(l -> l.getHeldBy() != null).toList();
        List<DueReminder> due = new ArrayList<>();
        for (FollowUp followUp : followUps.findByStatusOrderById(FollowUpStatus.OPEN)) {
            if (followUp.getDueDate() == null) {
                continue;
            }
            List<String> owners = held.stream().filter(l -> l.getName().equalsIgnoreCase(followUp.getOwner().strip()))
                    .filter(l -> sameOrganisation(l, followUp.getBoard())).map(Lead::getHeldBy).distinct().toList();
            boolean forClerk = owners.isEmpty();
            for (String username : forClerk ? followUp.getBoard().officerUsernames() : owners) {
                reminderFor(followUp, username, forClerk, today, workingDays).ifPresent(due::add);
            }
        }
        return due;
    }

    /**
     * A lead of another organisation is not the owner, however alike the names: "Director of
     * Children's Services" is a lead in every council.
     */
    private static boolean sameOrganisation(Lead lead, Board board) {
        return board.getOrganisationId() == null || lead.getOrganisation() == null
                || board.getOrganisationId().equals(lead.getOrganisation().getId());
    }

    private Optional<DueReminder> reminderFor(FollowUp f, String username, boolean forClerk, LocalDate today,
                                              WorkingDays workingDays) {
        LocalDate due = f.getDueDate();
        String link = "/boards/" + f.getBoard().getId() + "#follow-ups";
        String key = "follow-up:" + f.getId() + ":";
        if (!today.isAfter(due) && !today.isBefore(workingDays.before(due, settings.followUpBeforeDue()))) {
            return Optional.of(new DueReminder(key + "due:" + username, username, NotificationKind.FOLLOW_UP,
                    "Follow-up due by " + Dates.longDate(due) + ": " + f.getBoard().getName(),
                    what(f, forClerk) + " It is due by " + Dates.longDate(due) + ". Bring the evidence that it has been met.",
                    link));
        }
        int late = workingDays.between(due, today);
        if (today.isAfter(due) && late >= 1 && (late - 1) % settings.followUpChaseEvery() == 0) {
            return Optional.of(new DueReminder(key + "overdue:" + username + ":" + today, username, NotificationKind.FOLLOW_UP,
                    "Follow-up overdue since " + Dates.longDate(due) + ": " + f.getBoard().getName(),
                    what(f, forClerk) + " It was due by " + Dates.longDate(due) + " and is still open.", link));
        }
        return Optional.empty();
    }

    private static String what(FollowUp f, boolean forClerk) {
        String minute = f.getMinuteNumber() == null ? "" : " (minute " + f.getMinuteNumber() + ")";
        String asked = f.isExempt()
                ? "The " + f.getBoard().getName() + " asked for a follow-up from an exempt item" + minute + "; sign in to read it."
                : "The " + f.getBoard().getName() + " asked" + minute + ": " + f.getRequest();
        return forClerk ? asked + " Its owner, " + f.getOwner() + ", has no Oversight account: please pass this on."
                : asked;
    }
}
