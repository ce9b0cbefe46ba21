package org.oversight.demo;

import static org.oversight.demo.DemoTimescale.by;
import static org.oversight.demo.DemoTimescale.byShort;
import static org.oversight.demo.DemoTimescale.monthly;
import static org.oversight.demo.DemoTimescale.review;
import static org.oversight.plan.Priority.HIGH;
import static org.oversight.plan.Priority.MEDIUM;

import java.util.List;

/** Actions for recommendations 6 to 9: oversight, quality assurance, workforce and performance. */
final class PracticeActions {
    static final List<DemoActionRow> ROWS = List.of(
            new DemoActionRow("6.1", "6",
                    "Revise the supervision policy and recording template: supervision every four weeks, with "
                            + "reflection on the child's experience and actions with timescales.",
                    "Social workers receive regular, reflective supervision that moves plans forward.",
                    "Policy agreed by the senior leadership team; template live on the case management system.",
                    HIGH, 0, by(2), "psw"),
            new DemoActionRow("6.2", "6",
                    "Report supervision compliance by team every month, with a dip sample of five records per "
                            + "team graded for quality.",
                    "Managers know where supervision is late or weak and act on it.",
                    "Children with supervision recorded in the last four weeks (target 90%); dip sample graded "
                            + "good or better (target 70%).",
                    HIGH, 1, monthly(), "smcp/hosqa"),
            new DemoActionRow("6.3", "6",
                    "Managers record their oversight and rationale at the key decision points: step-up, strategy "
                            + "discussion, escalation to conference and case closure.",
                    "Every key decision shows the manager's reasoning on the child's record.",
                    "Monthly dip sample: oversight recorded at key decision points (target 85%).",
                    HIGH, 4, by(14), "hosfd/smra"),
            new DemoActionRow("7.1", "7",
                    "Rewrite the quality assurance framework around a monthly themed audit cycle, with moderation "
                            + "of every audit grade and feedback to the social worker.",
                    "Audits are consistent and lead to changes in practice.",
                    "Framework agreed; 100% of audits moderated; practitioner feedback recorded.",
                    HIGH, 0, byShort(4), "hosqa"),
            new DemoActionRow("7.2", "7",
                    "Introduce a practice observation programme in which every team manager observes a home visit "
                            + "or meeting each quarter.",
                    "Managers see practice directly, not only through records.",
                    "Observations completed each quarter (target 100% of team managers).",
                    MEDIUM, 5, by(14), "marcus"),
            new DemoActionRow("7.3", "7",
                    "Commission a peer review of front door and early help practice from a partner-in-practice "
                            + "authority once workstream 1 is delivered.",
                    "An independent view of whether changes at the front door have improved children's experience.",
                    "Peer review completed and its findings reported to the Improvement Board.",
                    MEDIUM, 13, review(14), "adqpc/dcs"),
            new DemoActionRow("8.1", "8",
                    "Agree and launch a recruitment and retention offer for permanent social workers: a market "
                            + "supplement, a clear career pathway and protected caseloads for newly qualified staff.",
                    "Kingsmead attracts and keeps experienced social workers.",
                    "Social worker turnover below 15%; 20 permanent appointments in the year.",
                    HIGH, 1, by(14), "hrbp/hwd"),
            new DemoActionRow("8.2", "8",
                    "Reduce the proportion of agency social workers from 32% to below 15% through conversion "
                            + "of agency staff and planned recruitment.",
                    "Children keep the same social worker.",
                    "Agency social workers as a percentage of posts, reported monthly.",
                    HIGH, 0, byShort(6), "dcs/hrbp"),
            new DemoActionRow("8.3", "8",
                    "Bring average caseloads below 20 children per social worker in every assessment and child "
                            + "protection team.",
                    "Social workers have time to know the children they work with.",
                    "Average caseload by team, reported monthly (target below 20).",
                    HIGH, 3, by(14), "smcp/adcsc"),
            new DemoActionRow("9.1", "9",
                    "Introduce a new performance scorecard for the Improvement Board and Overview and Scrutiny "
                            + "Committee, with targets, comparators, trends and commentary on every measure.",
                    "Leaders and members understand performance and challenge it.",
                    "Scorecard presented at every Improvement Board; commentary on 100% of measures.",
                    HIGH, 0, by(3), "hpbi"),
            new DemoActionRow("9.2", "9",
                    "Data quality project: correct missing review dates on child in need plans and remove duplicate "
                            + "person records.",
                    "Figures reported to the Board can be relied on.",
                    "Open child in need plans with a review date (target 100%); duplicate records below 50.",
                    MEDIUM, 3, by(9), "hpbi/rebecca"));

    private PracticeActions() {
    }
}
