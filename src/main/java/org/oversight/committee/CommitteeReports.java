package org.oversight.committee;

import java.util.List;
import org.oversight.governance.Meeting;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored committee reports. */
public interface CommitteeReports extends JpaRepository<CommitteeReport, Long> {
    List<CommitteeReport> findByMeetingOrderById(Meeting meeting);

    List<CommitteeReport> findByStatusOrderById(ReportStatus status);

    /** The reports waiting for this officer's clearance. */
    @Query("select distinct c.report from Clearance c where lower(c.officer) = lower(?1) and c.status = org.oversight.committee.ClearanceStatus.PENDING "
            + "and c.report.status = org.oversight.committee.ReportStatus.IN_CLEARANCE")
    List<CommitteeReport> awaitingClearanceBy(String officer);
}
