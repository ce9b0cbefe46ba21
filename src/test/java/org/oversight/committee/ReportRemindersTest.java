package org.oversight.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.governance.Board;
import org.oversight.governance.BoardKind;
import org.oversight.governance.Boards;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.notification.DueReminder;
import org.oversight.notification.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The author is reminded when a draft is due; each officer whose clearance a report waits for, until they give it. */
@OversightTest
@Transactional
class ReportRemindersTest {
    @Autowired Boards boards;
    @Autowired Meetings meetings;
    @Autowired ReportWorkflow workflow;
    @Autowired ReportReminders reminders;
    @Autowired ReportDeadlines deadlines;
    @Autowired WorkingDays workingDays;
    @Autowired org.oversight.account.Accounts accounts;

    private List<DueReminder> dueOn(LocalDate day, long report) {
        return reminders.dueOn(day, workingDays).stream().filter(r -> r.link().equals("/committee-reports/" + report)).toList();
    }

    @Test
    @DisplayName("should remind the author in the days before the draft is due, not weeks before")
    void remindsTheAuthor() {
        Meeting meeting = meetings.save(new Meeting(boards.save(new Board("Schools Forum", BoardKind.OTHER)),
                LocalDate.of(2027, 3, 17), null, null));
        long id = workflow.draft(meeting, "School places", "author").getId();
        LocalDate due = deadlines.draftDue(meeting.getDate());

        assertThat(dueOn(workingDays.before(due, 10), id)).isEmpty();
        assertThat(dueOn(workingDays.before(due, 2), id)).singleElement()
                .satisfies(r -> assertThat(r.username()).isEqualTo("author"));
    }

    @Test
    @DisplayName("should remind each officer whose clearance is waiting, and no longer once they have cleared")
    void remindsTheClearingOfficers() {
        Meeting meeting = meetings.save(new Meeting(boards.save(new Board("Schools Forum", BoardKind.OTHER)),
                LocalDate.now().plusDays(60), null, null));
        ClearingAccounts.of(accounts, null);
        CommitteeReport report = workflow.draft(meeting, "School places", "author");
        workflow.rewrite(report.getId(), CommitteeReportStorageContract.written(null, "Text"));
        workflow.sendForClearance(report.getId(), CommitteeReportStorageContract.officers());
        Clearance legal = report.getClearances().get(0);
        workflow.decide(report.getId(), legal.getId(), "legal", true, null);

        assertThat(dueOn(LocalDate.now(), report.getId())).extracting(DueReminder::username)
                .containsExactlyInAnyOrder("finance", "equalities", "director");
    }
}
