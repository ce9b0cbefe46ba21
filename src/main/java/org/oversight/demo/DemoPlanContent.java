package org.oversight.demo;

import java.util.List;
import org.oversight.plan.Responsibility;

/** The plan's own words: its workstreams and the inspection's recommendations with the council's response. */
final class DemoPlanContent {
    static final String TITLE = "Improvement plan following the Ofsted inspection of services for children "
            + "in need of help and protection (inspection %s)";
    static final String SOURCE = "Ofsted inspection of local authority children's services (ILACS), "
            + "Kingsmead Borough Council";

    record WorkstreamRow(String number, String title, String leadKey, String keyAim, List<String> deliverables) {
    }

    record RecommendationRow(String number, String workstream, String theme, Responsibility responsibility,
                             String text, String response) {
    }

    static final List<WorkstreamRow> WORKSTREAMS = List.of(
            new WorkstreamRow("1", "Front door and early help", "adcsc",
                    "Children and families get the right help at the right time: contacts are screened promptly "
                            + "by the right agencies together, thresholds are understood and applied consistently, "
                            + "and families who do not need statutory services are offered early help without delay.",
                    List.of("A multi-agency front door with police, health and education present every working day, "
                                    + "and every contact given a decision within 24 hours",
                            "A revised threshold document agreed by the Safeguarding Partnership and understood "
                                    + "by schools, GPs and police",
                            "Strategy discussions held promptly, with police and health contributing in every case",
                            "Early help assessments completed within 45 working days, with step-up and step-down "
                                    + "decisions recorded with their reasons")),
            new WorkstreamRow("2", "Quality of practice and management oversight", "adqpc",
                    "Every child's plan is specific, reviewed and driven forward by managers who record their "
                            + "oversight and reasons; practice is audited against a clear standard, and what audits "
                            + "find changes what social workers do.",
                    List.of("Supervision at least every four weeks, recorded with clear actions and timescales",
                            "A quality assurance framework with monthly themed audits, moderation and learning fed "
                                    + "back to practitioners",
                            "A stable workforce: agency social workers below 15% and average caseloads below 20",
                            "Performance reports to the Improvement Board that show trends, targets and commentary")));

    static final List<RecommendationRow> RECOMMENDATIONS = List.of(
            new RecommendationRow("1", "1", "Interagency working", Responsibility.OURS,
                    "The timeliness of the multi-agency response to contacts at the front door, so that partner "
                            + "agencies contribute information to decisions about children without delay.",
                    "Accepted. Police and health staff will be co-located with the Referral and Assessment Service, "
                            + "and a daily multi-agency triage will consider every contact rated red or amber."),
            new RecommendationRow("2", "1", "Support for children", Responsibility.OURS,
                    "The consistency with which thresholds are applied, so that children are not stepped up or down "
                            + "between early help and statutory services without a clear and recorded rationale.",
                    "Accepted. The threshold document will be rewritten with partners and relaunched with training; "
                            + "step-up and step-down decisions will be recorded and audited."),
            new RecommendationRow("3", "1", "Interagency working", Responsibility.OURS,
                    "The involvement of health professionals in strategy discussions and the recording of the "
                            + "reasons for decisions made in them.",
                    "Accepted. Health will contribute to every strategy discussion, in person or virtually, and a "
                            + "revised record will capture each agency's information and the rationale."),
            new RecommendationRow("4", "1", "Support for children", Responsibility.OURS,
                    "The timeliness and quality of early help assessments and plans, so that families' needs are "
                            + "understood and help starts promptly.",
                    "Accepted. The early help assessment will be simplified, practitioners retrained and timeliness "
                            + "reported monthly; schools will be supported to act as lead professionals."),
            new RecommendationRow("5", "1", "Interagency working", Responsibility.PARTNER,
                    "Health partners should ensure that information about children who attend the emergency "
                            + "department or minor injuries unit after self-harm or injury is shared promptly with "
                            + "children's social care, and that health contributions to child protection conferences "
                            + "are consistently provided.",
                    "For Kingsmead and District NHS Foundation Trust to act on. The council will agree the "
                            + "notification route into the front door and report compliance to the Improvement Board."),
            new RecommendationRow("6", "2", "Leadership and accountability", Responsibility.OURS,
                    "The regularity and quality of management oversight and supervision, so that it is reflective "
                            + "and drives plans for children forward.",
                    "Accepted. A revised supervision policy, practice standards for managers and monthly compliance "
                            + "reporting, with dip sampling of quality."),
            new RecommendationRow("7", "2", "Improvement and challenge", Responsibility.OURS,
                    "The impact of quality assurance and audit activity, so that learning from audits leads to "
                            + "demonstrable improvement in practice.",
                    "Accepted. The quality assurance framework will be rewritten around a monthly themed audit cycle "
                            + "with moderation, practice observation and an external peer review."),
            new RecommendationRow("8", "2", "Children's workforce", Responsibility.OURS,
                    "Caseloads and the reliance on agency social workers, so that children benefit from stable "
                            + "relationships with their social workers.",
                    "Accepted. A recruitment and retention offer, a social work academy and a managed reduction in "
                            + "agency staff, reported to the Improvement Board at every meeting."),
            new RecommendationRow("9", "2", "Leadership and accountability", Responsibility.OURS,
                    "The performance information received by senior leaders and elected members, so that they "
                            + "understand and challenge the quality of practice.",
                    "Accepted. A new scorecard with targets, trends and commentary, and data quality work so that "
                            + "the figures can be relied on."),
            new RecommendationRow("10", "1", "Interagency working", Responsibility.NATIONAL,
                    "Information about children should be shared between agencies using a consistent identifier, "
                            + "so that a complete picture of risk is available to every professional.",
                    "A matter for national government: a consistent child identifier depends on national guidance "
                            + "from the Department for Education. Awaiting government guidance; in the meantime the "
                            + "NHS number will be recorded wherever it is known."));

    private DemoPlanContent() {
    }
}
