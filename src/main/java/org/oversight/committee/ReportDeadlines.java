package org.oversight.committee;

import java.time.LocalDate;
import org.oversight.notification.WorkingDays;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * A report's deadlines from its meeting's date, in working days in England: the draft is due
 * {@code oversight.committee.drafts-due-before} working days before the meeting (15 unless set);
 * publication is due with five clear working days left before it, the day of publication and
 * the day of the meeting not counted (Local Government Act 1972, s.100B).
 */
@Component
@EnableConfigurationProperties(ReportDeadlines.Settings.class)
public class ReportDeadlines {
    static final int CLEAR_DAYS = 5;
    private final WorkingDays workingDays;
    private final Settings settings;

    ReportDeadlines(WorkingDays workingDays, Settings settings) {
        this.workingDays = workingDays;
        this.settings = settings;
    }

    public LocalDate draftDue(LocalDate meeting) {
        return workingDays.before(meeting, settings.draftsDueBefore());
    }

    /** The last day the agenda and its reports may be published without a reason for urgency. */
    public LocalDate publicationDue(LocalDate meeting) {
        return workingDays.before(meeting, CLEAR_DAYS + 1);
    }

    /** Working days strictly between the day of publication and the day of the meeting. */
    public int clearWorkingDays(LocalDate published, LocalDate meeting) {
        return meeting.isAfter(published) ? workingDays.between(published, meeting.minusDays(1)) : 0;
    }

    /** {@code oversight.committee.*}: when drafts are due. */
    @ConfigurationProperties("oversight.committee")
    record Settings(@DefaultValue("15") int draftsDueBefore) {
    }
}
