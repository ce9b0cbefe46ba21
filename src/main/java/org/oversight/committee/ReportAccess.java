package org.oversight.committee;

import org.oversight.account.CurrentUser;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.governance.PublicationPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which meetings and reports a person reaches: another council's are not found; an exempt report
 * is seen only by those with a role on the board, its author and its named clearing officers.
 */
@Component
class ReportAccess {
    private final Meetings meetings;
    private final CommitteeReports reports;
    private final PublicationPolicy policy;

    ReportAccess(Meetings meetings, CommitteeReports reports, PublicationPolicy policy) {
        this.meetings = meetings;
        this.reports = reports;
        this.policy = policy;
    }

    Meeting meeting(long id, CurrentUser person) {
        return meetings.findById(id).filter(m -> person.reaches(m.getBoard().getOrganisationId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    CommitteeReport report(long id, CurrentUser person) {
        return reports.findById(id).filter(r -> person.reaches(r.getMeeting().getBoard().getOrganisationId()))
                .filter(r -> !r.isExempt() || seesExempt(r, person))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    boolean seesExempt(CommitteeReport report, CurrentUser person) {
        return policy.maySeeExempt(report.getMeeting().getBoard(), person)
                || report.getAuthor().equalsIgnoreCase(person.usernameOrAnonymous())
                || report.getClearances().stream().anyMatch(c -> c.isFor(person.username()));
    }

    boolean seesExemptOf(Meeting meeting, CurrentUser person) {
        return policy.maySeeExempt(meeting.getBoard(), person);
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
