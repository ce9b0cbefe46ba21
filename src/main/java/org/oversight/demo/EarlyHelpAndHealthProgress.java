package org.oversight.demo;

import static org.oversight.demo.DemoStep.amber;
import static org.oversight.demo.DemoStep.green;
import static org.oversight.demo.DemoStep.notStarted;
import static org.oversight.demo.DemoStep.red;
import static org.oversight.demo.DemoStep.waiting;

import java.util.List;
import java.util.Map;
import org.oversight.plan.RagColour;

/** What the leads of actions 4.1 to 5.2, 10.1 and 10.2 reported, round by round. */
final class EarlyHelpAndHealthProgress {
    static final Map<String, List<DemoStep>> STEPS = Map.ofEntries(
            Map.entry("4.1", List.of(
                    green(3, "Shorter assessment designed with families from the parent carer forum: 6 pages "
                            + "instead of 14."),
                    green(5, "New assessment live; 48 practitioners trained in four sessions."),
                    green(7, "86 practitioners trained. Assessments completed within 45 working days: 72%."),
                    amber(9, "Timeliness fell to 68% in {prev} after a rise in requests for help. Extra family hub "
                            + "capacity agreed."),
                    green(11, "Timeliness 81% in {prev}; 112 practitioners trained."),
                    green(12, "Timeliness 84%. Final training session for family hub staff booked for {next}.")
                            .citing("Early help performance report, {prev}"))),
            Map.entry("4.2", List.of(
                    green(8, "Report design agreed with early help managers; an interim version is built from "
                            + "team spreadsheets."),
                    green(10, "Interim report produced monthly. The full system report needs the new forms in "
                            + "action 1.4."),
                    amber(12, "Interim report continues. System report delayed until the new forms (action 1.4) "
                            + "go live."))),
            Map.entry("4.3", List.of(
                    notStarted(9, RagColour.RED, "Not started. Funding for school lead professionals depends on the "
                            + "family hubs grant, which is not yet confirmed for this year."),
                    notStarted(10, RagColour.RED, "Not started. Grant still unconfirmed; headteachers briefed at the "
                            + "primary heads' forum."),
                    notStarted(12, RagColour.RED, "Not started. Grant confirmed at a lower level than expected; a "
                            + "revised proposal for 12 schools goes to the Improvement Board in {next}."))),
            Map.entry("5.1", List.of(
                    green(2, "Notification pathway from the emergency department to the front door agreed; secure "
                            + "email route set up."),
                    green(3, "Pathway live in the emergency department. Notifications within 24 hours: 78%."),
                    amber(4, "The minor injuries unit is not yet included: it uses a different patient record system."),
                    amber(5, "Emergency department compliance 85%; the minor injuries unit still uses paper forms."),
                    amber(6, "The minor injuries unit pathway depends on the trust's patient record upgrade. "
                            + "Deadline moved."),
                    green(8, "Upgrade under way. The interim paper process is audited weekly by the Named Nurse."),
                    amber(10, "The trust has rescheduled its patient record upgrade; deadline moved again. Emergency "
                            + "department compliance 93%."),
                    amber(12, "Minor injuries unit live on the new system since {prev}. Combined compliance 89%; "
                            + "monthly audits continue.").citing("Named Nurse audit of notifications, {prev}"))),
            Map.entry("5.2", List.of(
                    green(3, "Baseline: reports submitted three working days before conference in 54% of cases."),
                    green(5, "Conference administrators now remind health visiting and school nursing leads ten "
                            + "days ahead of each conference."),
                    amber(7, "Compliance 66%. School nursing vacancies are the main cause of late reports."),
                    amber(9, "Compliance 70%. Two school nurse posts recruited, starting in {next}."),
                    red(11, "Deadline passed: compliance 71% against a target of 90%."),
                    red(12, "Compliance 74%. Escalated to the Director of Nursing and Quality; a recovery plan will "
                            + "go to the next Improvement Board."))),
            Map.entry("10.1", List.of(
                    green(3, "Scoping done: the case management system has an NHS number field, completed for 38% "
                            + "of children."),
                    waiting(5, "Awaiting national guidance from the Department for Education on a consistent child "
                            + "identifier before systems or sharing arrangements are changed."),
                    waiting(9, "Still awaiting guidance. The council and the trust sent a joint response to the "
                            + "national consultation."),
                    waiting(12, "No national guidance published yet. The interim measure (action 10.2) continues."))),
            Map.entry("10.2", List.of(
                    green(3, "NHS number check added to the daily triage agenda."),
                    green(6, "NHS number recorded on 61% of new contacts."),
                    green(9, "74% of new contacts have an NHS number recorded."),
                    green(12, "82%, above target for the last two months."))));

    private EarlyHelpAndHealthProgress() {
    }
}
