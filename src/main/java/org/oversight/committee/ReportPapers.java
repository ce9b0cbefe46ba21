package org.oversight.committee;

import java.util.List;
import org.oversight.governance.Meeting;
import org.oversight.governance.MeetingReports;
import org.springframework.stereotype.Component;

/** The committee reports written to a meeting, as the minutes may name the one an item decided. */
@Component
class ReportPapers implements MeetingReports {
    private final CommitteeReports reports;

    ReportPapers(CommitteeReports reports) {
        this.reports = reports;
    }

    @Override
    public List<Paper> of(Meeting meeting) {
        return reports.findByMeetingOrderById(meeting).stream().map(r -> new Paper(r.getId(), r.getTitle())).toList();
    }
}
