package org.oversight.demo;

import static org.oversight.demo.DemoTimescale.andOngoing;
import static org.oversight.demo.DemoTimescale.by;
import static org.oversight.demo.DemoTimescale.byShort;
import static org.oversight.demo.DemoTimescale.quarterly;
import static org.oversight.plan.Priority.HIGH;
import static org.oversight.plan.Priority.MEDIUM;

import java.util.List;

/** Actions for recommendations 1 to 3: the front door, thresholds and strategy discussions. */
final class FrontDoorActions {
    static final List<DemoActionRow> ROWS = List.of(
            new DemoActionRow("1.1", "1",
                    "Co-locate a police detective sergeant and a safeguarding health practitioner with the Referral "
                            + "and Assessment Service every working day.",
                    "Partner information is available to the duty manager when the contact is first screened.",
                    "Police and health present on 100% of working days; partner checks completed within 4 hours "
                            + "for red-rated contacts.",
                    HIGH, 0, by(3), "hosfd/police/nnsc"),
            new DemoActionRow("1.2", "1",
                    "Hold a daily multi-agency triage meeting at 10am for every contact rated red or amber, with "
                            + "the decision and each agency's contribution recorded on the child's record.",
                    "Every contact has a decision within 24 hours and the reasons are recorded.",
                    "Percentage of contacts with a decision within 24 hours (target 95%); repeat contacts within "
                            + "12 months (target below 20%).",
                    HIGH, 1, andOngoing(4), "smra"),
            new DemoActionRow("1.3", "1",
                    "Audit a random sample of 30 contact decisions each quarter, including contacts closed with "
                            + "no further action, and report findings to the Improvement Board.",
                    "Threshold decisions at the front door are safe and consistent, and learning is shared with "
                            + "duty workers.",
                    "Percentage of audited decisions graded good or better (target 80%).",
                    MEDIUM, 1, quarterly(), "hosqa"),
            new DemoActionRow("1.4", "1",
                    "Replace the contact and referral forms in the case management system so that the reason for "
                            + "each decision, the agencies consulted and the outcome are mandatory fields.",
                    "Front door decisions can be reported on without manual counting.",
                    "New forms live; monthly front door report produced from the system.",
                    HIGH, 2, byShort(6), "hpbi/hosfd"),
            new DemoActionRow("2.1", "2",
                    "Rewrite the threshold document (Kingsmead Continuum of Need) with partners and agree it at "
                            + "the Safeguarding Partnership Executive.",
                    "One threshold document used by every agency, with examples practitioners recognise.",
                    "Document agreed and published; partner survey shows 80% of respondents confident in using it.",
                    HIGH, 0, by(4), "kscp/hosfd"),
            new DemoActionRow("2.2", "2",
                    "Deliver threshold training to designated safeguarding leads in all schools, GP practices and "
                            + "police response teams.",
                    "Referrers understand thresholds and make fewer contacts that do not need a social care response.",
                    "85% of designated safeguarding leads trained; proportion of contacts leading to no further "
                            + "action falls below 40%.",
                    HIGH, 4, by(10), "kscp/hwd"),
            new DemoActionRow("2.3", "2",
                    "Introduce a step-up and step-down protocol between early help and social care, with a "
                            + "manager's recorded rationale for every transfer.",
                    "Families move between services without gaps, and nobody is stepped down without a plan.",
                    "Percentage of step-downs with an early help lead professional allocated within 5 working days "
                            + "(target 90%).",
                    MEDIUM, 3, by(12), "hosfd/ehpm"),
            new DemoActionRow("2.4", "2",
                    "Evaluate the impact of threshold training through a multi-agency audit of referrals from "
                            + "schools and GPs.",
                    "Evidence of whether training changed the quality of referrals.",
                    "Audit of 40 referrals reported to the Safeguarding Partnership Executive.",
                    MEDIUM, 10, by(14), "kscp/hosqa"),
            new DemoActionRow("3.1", "3",
                    "Ensure a health professional contributes to every strategy discussion, in person or by video, "
                            + "with a duty rota covering the acute trust and community services.",
                    "Decisions about significant harm are informed by health information.",
                    "Health contribution to strategy discussions (target 95%).",
                    HIGH, 0, by(5), "dnsc/ndsc"),
            new DemoActionRow("3.2", "3",
                    "Revise the strategy discussion record so that each agency's information, the decision and "
                            + "the rationale are recorded separately.",
                    "The reasons for decisions can be understood by anyone reading the record later.",
                    "New template in use; dip sample of 20 records.",
                    HIGH, 0, byShort(2), "smcp/police"),
            new DemoActionRow("3.3", "3",
                    "Safeguarding Partnership multi-agency audit of 30 strategy discussions, with findings and an "
                            + "action plan presented to the Partnership Executive.",
                    "Partners have shared evidence of the quality of strategy discussions.",
                    "Audit completed and reported; actions from the audit tracked.",
                    MEDIUM, 6, by(13), "kscp/smcp"));

    private FrontDoorActions() {
    }
}
