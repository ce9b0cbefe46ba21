package org.oversight.demo;

import static org.oversight.demo.DemoTimescale.awaitingGuidance;
import static org.oversight.demo.DemoTimescale.by;
import static org.oversight.demo.DemoTimescale.byShort;
import static org.oversight.demo.DemoTimescale.ongoing;
import static org.oversight.plan.Priority.HIGH;
import static org.oversight.plan.Priority.MEDIUM;

import java.util.List;

/** Actions for recommendations 4, 5 and 10: early help, the health partner and the child identifier. */
final class EarlyHelpAndHealthActions {
    static final List<DemoActionRow> ROWS = List.of(
            new DemoActionRow("4.1", "4",
                    "Relaunch a shorter early help assessment and plan, and train all early help practitioners "
                            + "and family hub staff to use it.",
                    "Assessments that families understand, completed in time, with plans that say who does what.",
                    "Early help assessments completed within 45 working days (target 85%); 120 practitioners trained.",
                    HIGH, 2, by(13), "ehpm"),
            new DemoActionRow("4.2", "4",
                    "Produce a monthly early help performance report from the case management system, covering "
                            + "timeliness, step-ups and outcomes at closure.",
                    "Managers and the Improvement Board can see whether early help is timely and effective.",
                    "Report produced monthly from system data without manual counts.",
                    MEDIUM, 7, by(14), "hpbi/ehpm"),
            new DemoActionRow("4.3", "4",
                    "Recruit and train lead professionals in 20 primary schools so that schools can lead early "
                            + "help assessments for the families they know.",
                    "More families receive help from a professional they already trust.",
                    "20 schools with a trained lead professional; 60 school-led assessments a year.",
                    MEDIUM, 9, by(14), "ehpm/jordan"),
            new DemoActionRow("5.1", "5",
                    "Notify the front door within 24 hours of every under-18 attendance at the emergency department "
                            + "or minor injuries unit following self-harm or an unexplained injury.",
                    "Children's social care knows promptly about children who may be at risk.",
                    "Notifications within 24 hours (target 95%), audited monthly by the Named Nurse.",
                    HIGH, 1, byShort(6), "dnsc/helen/trust"),
            new DemoActionRow("5.2", "5",
                    "Ensure health visitors and school nurses submit reports to initial and review child protection "
                            + "conferences at least three working days beforehand.",
                    "Conferences have health information in time for parents and other agencies to read it.",
                    "Reports submitted three working days before conference (target 90%).",
                    HIGH, 2, by(10), "dnq/dnsc"),
            new DemoActionRow("10.1", "10",
                    "Record a consistent child identifier on every child's record and share it with partners, in "
                            + "line with national guidance once published.",
                    "Agencies can match records about the same child with confidence.",
                    "Identifier recorded on 100% of open cases within six months of the guidance.",
                    MEDIUM, 2, awaitingGuidance(), "hpbi/trust"),
            new DemoActionRow("10.2", "10",
                    "In the meantime, record the NHS number on every new contact where it is known, and check it "
                            + "with health colleagues at the daily triage.",
                    "Fewer duplicate records and faster health checks at the front door.",
                    "Percentage of new contacts with an NHS number recorded (target 80%).",
                    MEDIUM, 2, ongoing(), "smra/nnsc"));

    private EarlyHelpAndHealthActions() {
    }
}
