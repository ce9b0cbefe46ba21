package org.oversight.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.oversight.notification.DueReminder;
import org.oversight.notification.NotificationKind;
import org.oversight.notification.ReminderSource;
import org.oversight.notification.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a report's author when its draft is due within {@link #DRAFT_WARNING} working days and it
 * is still a draft, and each named officer whose clearance it waits for (again, after a change in
 * clearance asks them afresh).
 */
@Component
class ReportReminders implements ReminderSource {
    static final int DRAFT_WARNING = 3;
    private final CommitteeReports reports;
    private final ReportDeadlines deadlines;

    ReportReminders(CommitteeReports reports, ReportDeadlines deadlines) {
        this.reports = reports;
        this.deadlines = deadlines;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueReminder> dueOn(LocalDate today, WorkingDays workingDays) {
        List<DueReminder> due = new ArrayList<>();
        for (CommitteeReport r : reports.findByStatusOrderById(ReportStatus.DRAFT)) {
            LocalDate draftDue = deadlines.draftDue(r.getMeeting().getDate());
            if (r.getMeeting().getDate().isAfter(today) && workingDays.between(today, draftDue) <= DRAFT_WARNING) {
                due.add(new DueReminder("committee-report:" + r.getId() + ":draft-due", r.getAuthor(), NotificationKind.COMMITTEE_REPORT,
                        "Report due: " + r.getTitle(), "Your report " + r.getTitle() + " to the " + r.getMeeting().getBoard().getName()
                        + " is due for clearance by " + draftDue + ".", "/committee-reports/" + r.getId()));
            }
        }
        for (CommitteeReport r : reports.findByStatusOrderById(ReportStatus.IN_CLEARANCE)) {
            r.getClearances().stream().filter(c -> c.getStatus() == ClearanceStatus.PENDING).forEach(c -> due.add(new DueReminder(
                    "committee-report:" + r.getId() + ":v" + r.getVersion() + ":clearance:" + c.getId(), c.getOfficer(),
                    NotificationKind.COMMITTEE_REPORT, "Clearance asked: " + r.getTitle(), "The report " + r.getTitle()
                    + " waits for your clearance (" + c.getRole().label() + ") before it is published by "
                    + deadlines.publicationDue(r.getMeeting().getDate()) + ".", "/committee-reports/" + r.getId())));
        }
        return due;
    }
}
