package org.oversight.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.account.CurrentUser;
import org.oversight.audit.AuditTrail;
import org.oversight.governance.Board;
import org.oversight.governance.Meeting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's life, every step in the audit trail: drafted by its author, sent to the named
 * officers for clearance, cleared or returned by each, rewritten (which asks for clearance again
 * once it is in clearance), and published once every clearance is given.
 */
@Service
public class ReportWorkflow {
    static final String AUDIT_TYPE = "Committee report";
    static final String AGENDA_AUDIT_TYPE = "Agenda pack";
    private final CommitteeReports reports;
    private final ReportDeadlines deadlines;
    private final AuditTrail audit;
    private final Clock clock;
    private final ClearingOfficers clearers;
    private final LiveParts liveParts;
    private final AgendaPublications publications;
    private final ReportTemplates templates;

    ReportWorkflow(CommitteeReports reports, ReportDeadlines deadlines, AuditTrail audit, Clock clock, ClearingOfficers clearers,
                   LiveParts liveParts, AgendaPublications publications, ReportTemplates templates) {
        this.reports = reports;
        this.templates = templates;
        this.publications = publications;
        this.liveParts = liveParts;
        this.clearers = clearers;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** Officers who write reports (action leads, plan managers, administrators) for boards their organisation manages. */
    public static boolean mayWriteFor(Board board, CurrentUser person) {
        return person.canPostUpdates() && person.manages(board.getOrganisationId());
    }

    /** The stored reports. */
    CommitteeReports reports() { return reports; }

    /** The author, or a plan manager or administrator whose organisation manages the board. */
    public static boolean mayRewrite(CommitteeReport report, CurrentUser person) {
        Board board = report.getMeeting().getBoard();
        return person.manages(board.getOrganisationId())
                && (report.getAuthor().equalsIgnoreCase(person.usernameOrAnonymous()) || person.canManagePlans());
    }

    /** The board's clerk (a supporting officer), or a plan manager or administrator whose organisation manages the board. */
    public static boolean mayPublish(Board board, CurrentUser person) {
        return person.manages(board.getOrganisationId())
                && (person.canManagePlans() || person.isSignedIn() && board.isSupportedBy(person.username()));
    }

    @Transactional
    public CommitteeReport draft(Meeting meeting, String title, String author) {
        CommitteeReport drafted = new CommitteeReport(meeting, title, author);
        drafted.useTemplate(templates.of(meeting.getBoard()));
        CommitteeReport report = reports.saveAndFlush(drafted);
        audit.record(AUDIT_TYPE, report.getId(), "drafted", "Drafted report " + report.getTitle(), null, state(report));
        return report;
    }

    /** Rewrites the report (its own sections' text unchanged); true when it was in clearance and every clearance is asked for again. */
    @Transactional
    public boolean rewrite(long id, ReportContent content) {
        return rewrite(id, content, null);
    }

    /** Rewrites the report with the text of its template's own sections (null: as they are); true when every clearance is asked for again. */
    @Transactional
    public boolean rewrite(long id, ReportContent content, Map<String, String> customSections) {
        CommitteeReport report = reports.findById(id).orElseThrow();
        Map<String, String> before = state(report);
        boolean askedAgain = customSections == null ? report.rewrite(content) : report.rewrite(content, customSections);
        reports.flush();
        audit.record(AUDIT_TYPE, id, askedAgain ? "rewritten in clearance" : "rewritten", "Changed report " + report.getTitle()
                + (askedAgain ? ": every clearance is asked for again" : ""), before, state(report));
        return askedAgain;
    }

    /** Moves a report not yet published to its board's template as it is now; true when every clearance is asked for again. */
    @Transactional
    public boolean useBoardTemplate(long id) {
        CommitteeReport report = reports.findById(id).orElseThrow();
        Map<String, String> before = state(report);
        ReportTemplate template = templates.of(report.getMeeting().getBoard());
        boolean askedAgain = report.useTemplate(template);
        reports.flush();
        audit.record(AUDIT_TYPE, id, "template changed", "Moved report " + report.getTitle() + " to revision "
                + template.getRevision() + " of the board's report template" + (askedAgain ? ": every clearance is asked for again" : ""),
                before, state(report));
        return askedAgain;
    }

    /** Sends the report to the named officers, each an account of the board's organisation (refused otherwise). */
    @Transactional
    public CommitteeReport sendForClearance(long id, Map<ClearanceRole, String> officers) {
        CommitteeReport report = reports.findById(id).orElseThrow();
        Map<String, String> before = state(report);
        report.sendForClearance(clearers.accountsOf(report.getMeeting().getBoard(), officers));
        reports.flush();
        audit.record(AUDIT_TYPE, id, "sent for clearance", "Sent report " + report.getTitle() + " for clearance to "
                + String.join(", ", report.getClearances().stream().map(c -> c.getRole().label() + ": " + c.getOfficer()).toList()),
                before, state(report));
        return report;
    }

    /** Appends a document as the report's next lettered appendix; in clearance, every clearance is asked for again. */
    @Transactional
    public ReportAppendix attach(long id, String title, AppendixFile file) {
        CommitteeReport report = reports.findById(id).orElseThrow();
        Map<String, String> before = state(report);
        boolean askedAgain = report.attach(title, file);
        reports.flush();
        ReportAppendix appendix = report.getAppendices().get(report.getAppendices().size() - 1);
        audit.record(AUDIT_TYPE, id, "appendix added", "Added appendix " + appendix.letter() + " (" + appendix.getTitle() + ", "
                + appendix.getFileName() + ") to report " + report.getTitle() + (askedAgain ? ": every clearance is asked for again" : ""),
                before, state(report));
        return appendix;
    }

    /** Takes an appendix away; in clearance, every clearance is asked for again. */
    @Transactional
    public boolean detach(long id, long appendixId) {
        CommitteeReport report = reports.findById(id).orElseThrow();
        Map<String, String> before = state(report);
        String title = report.appendix(appendixId).map(ReportAppendix::getTitle).orElse("");
        boolean askedAgain = report.detach(appendixId);
        reports.flush();
        audit.record(AUDIT_TYPE, id, "appendix removed", "Removed appendix " + title + " from report " + report.getTitle()
                + (askedAgain ? ": every clearance is asked for again" : ""), before, state(report));
        return askedAgain;
    }

    @Transactional
    public Clearance decide(long id, long clearanceId, String by, boolean cleared, String comment) {
        CommitteeReport report = reports.findById(id).orElseThrow();
        Map<String, String> before = state(report);
        Clearance clearance = report.decide(clearanceId, by, cleared, comment, clock.instant());
        reports.flush();
        audit.record(AUDIT_TYPE, id, cleared ? "cleared" : "returned", (cleared ? "Cleared report " : "Returned report ")
                + report.getTitle() + " (" + clearance.getRole().label() + ")" + (cleared ? "" : ": " + clearance.getRemark()),
                before, state(report));
        return clearance;
    }

    /** The day the meeting's agenda pack was published, if it has been. */
    public java.util.Optional<LocalDate> agendaPublishedOn(Meeting meeting) {
        return publications.findByMeeting(meeting).map(AgendaPublication::getPublishedOn);
    }

    /**
     * Publishes the meeting's agenda pack, with every report on the agenda not yet published:
     * refused while any of them lacks a clearance, or when fewer than five clear working days
     * remain before the meeting (Local Government Act 1972, s.100B) and neither the clerk nor the
     * report gives a reason for urgency. Published again, it adds the reports cleared since.
     */
    @Transactional
    public List<CommitteeReport> publishAgenda(Meeting meeting, String by, String urgencyReason) {
        String reason = Implication.blankAsNull(urgencyReason);
        List<CommitteeReport> waiting = reports.findByMeetingOrderById(meeting).stream()
                .filter(r -> r.getStatus() != ReportStatus.PUBLISHED).toList();
        boolean publishedBefore = publications.findByMeeting(meeting).isPresent();
        if (waiting.isEmpty()) {
            throw new IllegalStateException(publishedBefore ? "The agenda pack has been published and no other report is waiting for it"
                    : "The agenda has no report to publish yet");
        }
        List<String> uncleared = waiting.stream().filter(r -> !r.isCleared()).map(CommitteeReport::getTitle).toList();
        if (!uncleared.isEmpty()) {
            throw new IllegalStateException("The agenda pack cannot be published until every clearance is given for: "
                    + String.join("; ", uncleared));
        }
        LocalDate today = LocalDate.now(clock);
        int clearDays = deadlines.clearWorkingDays(today, meeting.getDate());
        if (clearDays < 5 && reason == null && waiting.stream().anyMatch(r -> r.getUrgencyReason() == null)) {
            throw new IllegalArgumentException("Fewer than five clear working days are left before the meeting: "
                    + "give the reason for urgency to publish the agenda pack now");
        }
        for (CommitteeReport report : waiting) {
            Map<String, String> before = state(report);
            report.publish(today, clearDays, reason);
            report.freeze(liveParts.freeze(report));
            audit.record(AUDIT_TYPE, report.getId(), "published", "Published report " + report.getTitle() + " with the agenda",
                    before, state(report));
        }
        reports.flush();
        if (!publishedBefore) {
            publications.saveAndFlush(new AgendaPublication(meeting, today, by, reason));
        }
        Map<String, String> after = new LinkedHashMap<>();
        after.put("Reports", String.join(" | ", waiting.stream().map(CommitteeReport::getTitle).toList()));
        after.put("Clear working days before the meeting", String.valueOf(clearDays));
        after.put("Reason for urgency", reason == null ? "" : reason);
        audit.record(AGENDA_AUDIT_TYPE, meeting.getId(), publishedBefore ? "added to" : "published",
                (publishedBefore ? "Added to the agenda pack of " : "Published the agenda pack of ") + meeting.getBoard().getName()
                        + " on " + meeting.getDate() + ": " + String.join("; ", waiting.stream().map(CommitteeReport::getTitle).toList()),
                null, after);
        return waiting;
    }

    /** The report in words, as the audit trail keeps it. */
    static Map<String, String> state(CommitteeReport report) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("Title", report.getTitle());
        state.put("Status", report.getStatus().label());
        state.put("Exempt", report.isExempt() ? "paragraph " + report.getExemptParagraph() : "no");
        state.put("Purpose", report.getPurpose() == null ? "" : report.getPurpose());
        state.put("Recommendations", String.join(" | ", report.getRecommendations().stream().map(Recommendation::getWording).toList()));
        state.put("Template", report.getTemplateRevision() == null ? "standard" : "revision " + report.getTemplateRevision());
        report.parts().stream().filter(p -> p.part() == ReportPart.CUSTOM).forEach(p -> state.put(p.heading(), p.text() == null ? "" : p.text()));
        report.getImplications().forEach(i -> state.put(i.getKind().label(),
                (i.getWording() == null ? "" : i.getWording()) + (i.getAuthor() == null ? "" : " (" + i.getAuthor() + ")")));
        state.put("Appendices", String.join(" | ", report.getAppendices().stream()
                .map(a -> a.letter() + ": " + a.getTitle() + " (" + a.getFileName() + ")").toList()));
        state.put("Background papers", String.join(" | ", report.getBackgroundPapers().stream().map(BackgroundPaper::asLine).toList()));
        report.getClearances().forEach(c -> state.put("Clearance, " + c.getRole().label(),
                c.getOfficer() + ": " + c.getStatus().label() + (c.getRemark() == null ? "" : " - " + c.getRemark())));
        return state;
    }
}
