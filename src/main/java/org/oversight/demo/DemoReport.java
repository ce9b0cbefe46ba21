package org.oversight.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oversight.committee.AppendixFile;
import org.oversight.committee.ClearanceRole;
import org.oversight.committee.CommitteeReport;
import org.oversight.committee.Implication;
import org.oversight.committee.ImplicationKind;
import org.oversight.committee.ReportContent;
import org.oversight.committee.ReportWorkflow;
import org.oversight.governance.Boards;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.ActionStatus;
import org.oversight.reporting.TaggedPdf;
import org.springframework.stereotype.Component;

/**
 * The demo's committee report: the report on the improvement plan to the scrutiny committee's
 * meeting three months on, written, cleared by the named officers and published with the agenda.
 */
@Component
class DemoReport {
    private static final java.time.format.DateTimeFormatter LONG = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
    private final Boards boards;
    private final Meetings meetings;
    private final ReportWorkflow workflow;
    private final org.oversight.committee.ReportTemplating templating;

    DemoReport(Boards boards, Meetings meetings, ReportWorkflow workflow, org.oversight.committee.ReportTemplating templating) {
        this.boards = boards;
        this.templating = templating;
        this.meetings = meetings;
        this.workflow = workflow;
    }

    void write(LocalDate today, ActionPlan plan) {
        Meeting meeting = boards.named(DemoBoards.SCRUTINY, plan.getOwnerId())
                .flatMap(b -> meetings.findFirstByBoardAndDate(b, DemoBoards.meetingDay(today, 3))).orElseThrow();
        String title = "Improvement plan: progress report";
        String consultation = templating.addSection(meeting.getBoard(), "Consultation",
                "Who was asked about the report's subject, and what they said");
        CommitteeReport report = workflow.draft(meeting, title, "manager");
        workflow.rewrite(report.getId(), new ReportContent(title, "Director of Children's Services",
                "Priya Shah", "Improvement Programme Manager", "priya.shah@kingsmead.example", null, null, "All wards", false,
                null, null, "To update the committee on progress against the " + plan.getTitle() + ".",
                List.of("That the committee notes the progress made against the improvement plan.",
                        "That the committee asks for a further report on the actions rated red at its next meeting."),
                "So that members oversee the council's response to the inspection and hold officers to account for it.",
                "The plan answers the recommendations of the inspection of services for children in need of help and "
                        + "protection. It runs from " + LONG.format(plan.getPeriodStart()) + " to " + LONG.format(plan.getPeriodEnd()) + ".",
                "Progress\nThe plan's dashboard shows where each action stands, with its reasons, as at the date of this "
                        + "report. Most actions are on track; some deadlines have been moved with the agreement of the "
                        + "accountable officer, and a few are overdue.\n[progress of plan " + plan.getId() + " as at " + today
                        + "]\n\nNext steps\nOfficers will report the actions "
                        + "rated red, and what is being done about them, at the committee's next meeting.",
                implications()), java.util.Map.of(consultation, "The Children in Care Council and the young people's "
                        + "advocacy service were asked about the plan's actions on participation in November; their comments are "
                        + "reflected in the actions rated amber."));
        workflow.attach(report.getId(), "The improvement plan's actions by status", AppendixFile.of("actions-by-status.pdf",
                actionsByStatus(plan, today)));
        workflow.sendForClearance(report.getId(), officers());
        report.getClearances().forEach(c -> workflow.decide(report.getId(), c.getId(), c.getOfficer(), true, null));
        workflow.publishAgenda(meeting, "manager", null);
    }

    /** Appendix A: a one-page tagged PDF counting the plan's actions in each status. */
    private static byte[] actionsByStatus(ActionPlan plan, LocalDate today) {
        StringBuilder rows = new StringBuilder();
        for (ActionStatus status : ActionStatus.values()) {
            long count = plan.actions().stream().filter(a -> a.getStatus() == status).count();
            rows.append("<tr><td>").append(status.label()).append("</td><td>").append(count).append("</td></tr>");
        }
        String title = "Appendix A: the improvement plan's actions by status, as at " + LONG.format(today);
        return TaggedPdf.fromXhtml("<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>"
                + "<title>" + title + "</title></head><body><h1>" + title + "</h1><table><caption>Actions by status</caption>"
                + "<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Actions</th></tr></thead><tbody>" + rows
                + "</tbody></table></body></html>");
    }

    private static List<Implication> implications() {
        return Arrays.stream(ImplicationKind.values()).map(kind -> switch (kind) {
            case LEGAL -> new Implication(kind, "The council must act on the inspection's recommendations under the "
                    + "Children Act 1989 and the Education and Inspections Act 2006.", "Head of Legal Services");
            case FINANCIAL_AND_RISK -> new Implication(kind, "The plan is delivered within the agreed budget of the "
                    + "children's services directorate.", "Strategic Finance Manager");
            case EQUALITIES -> new Implication(kind, "The plan improves services for children of every protected "
                    + "characteristic; no group is disadvantaged.", "Equalities Officer");
            default -> new Implication(kind, "None", "Improvement Programme Manager");
        }).toList();
    }

    private static Map<ClearanceRole, String> officers() {
        Map<ClearanceRole, String> officers = new EnumMap<>(ClearanceRole.class);
        officers.put(ClearanceRole.LEGAL, "lead");
        officers.put(ClearanceRole.FINANCE, "lead");
        officers.put(ClearanceRole.EQUALITIES, "lead");
        officers.put(ClearanceRole.DIRECTOR, "manager");
        return officers;
    }
}
