package org.oversight.demo;

import static org.oversight.demo.DemoStep.amber;
import static org.oversight.demo.DemoStep.done;
import static org.oversight.demo.DemoStep.green;
import static org.oversight.demo.DemoStep.red;

import java.util.List;
import java.util.Map;

/** What the leads of actions 1.1 to 3.3 reported, round by round. */
final class FrontDoorProgress {
    static final Map<String, List<DemoStep>> STEPS = Map.ofEntries(
            Map.entry("1.1", List.of(
                    green(1, "Accommodation agreed on the second floor of Kingsmead House. Police and health managers "
                            + "have signed the information sharing agreement."),
                    green(2, "Detective sergeant in post three days a week since {prev}. Recruitment to the health "
                            + "practitioner post closed with two applicants."),
                    amber(3, "Police present every working day. Health practitioner appointed but cannot start until "
                            + "vetting is complete; the Named Nurse is covering two days a week."),
                    done(4, "Health practitioner started. Police and health present on every working day in {prev}; "
                            + "partner checks for red-rated contacts completed within 4 hours in 92% of cases.")
                            .citing("Front door attendance log, {prev}"))),
            Map.entry("1.2", List.of(
                    green(2, "Terms of reference for the daily triage drafted with police and health. Pilot to run "
                            + "on Mondays and Thursdays."),
                    green(3, "Pilot running twice a week: 41 contacts considered, 88% with a decision within 24 hours."),
                    amber(4, "Daily meeting started, but education attendance is inconsistent. The schools' "
                            + "safeguarding adviser now joins by video."),
                    done(5, "Daily triage embedded: 96% of contacts had a decision within 24 hours in {prev}. "
                            + "Continues as business as usual, monitored through the front door report.")
                            .citing("Front door performance report, {prev}"))),
            Map.entry("1.3", List.of(
                    green(3, "First quarterly audit of 30 contacts: 63% graded good or better. Main weakness: no "
                            + "recorded rationale when contacts are closed with no further action.")
                            .citing("Front door audit, quarter 1"),
                    green(6, "Second audit: 71% good or better. Rationale now recorded in most closures, but checks "
                            + "with schools were missed in a third of cases.").citing("Front door audit, quarter 2"),
                    amber(9, "Third audit: 69%, a small dip linked to turnover in the duty team. Learning session "
                            + "held with duty workers on checking with schools."),
                    green(12, "Fourth audit: 82% good or better, above target for the first time. No contact was "
                            + "found to have been closed unsafely.").citing("Front door audit, quarter 4"))),
            Map.entry("1.4", List.of(
                    green(3, "Specification for the new contact and referral forms agreed with front door managers "
                            + "and sent to the system supplier."),
                    amber(5, "The supplier has offered a later release slot than planned; we are pressing for an "
                            + "earlier date."),
                    amber(6, "Supplier release confirmed for {next} at the earliest. Deadline moved (see history)."),
                    amber(8, "Forms built in the test system. User testing with six duty workers found the outcome "
                            + "list too long and confusing."),
                    amber(9, "The redesign from user testing needs a further supplier release; deadline moved again."),
                    green(11, "Revised forms passed user testing. Training for duty workers booked."),
                    amber(12, "Go-live planned for {next}, subject to the supplier's release passing regression "
                            + "testing."))),
            Map.entry("2.1", List.of(
                    green(1, "Task and finish group of police, health, education and council officers formed and "
                            + "has met."),
                    green(2, "First draft circulated: 46 comments received, most asking for examples on neglect and "
                            + "on adolescents."),
                    green(3, "Second draft includes case examples for each level of need. Consultation with schools' "
                            + "designated safeguarding leads under way."),
                    amber(4, "The Partnership Executive asked for a section on contextual safeguarding before it "
                            + "agrees the document. Deadline moved to allow this."),
                    green(5, "Contextual safeguarding section written with the exploitation team; final draft sent to "
                            + "the Partnership Executive."),
                    done(6, "Continuum of Need agreed by the Safeguarding Partnership Executive and published on the "
                            + "partnership website.").citing("Kingsmead Continuum of Need"))),
            Map.entry("2.2", List.of(
                    green(5, "Training programme designed with the partnership's training coordinator; first sessions "
                            + "booked for schools."),
                    green(6, "Four sessions delivered to 112 designated safeguarding leads from schools."),
                    green(8, "71% of school designated safeguarding leads trained. GP sessions arranged with the "
                            + "Named GP."),
                    amber(9, "GP sessions poorly attended (11 of 38 practices). Police postponed training for response "
                            + "teams because of operational demand."),
                    amber(10, "64% trained overall against a target of 85%. A short e-learning module for GPs is "
                            + "being considered."),
                    red(11, "Deadline passed with 68% trained. E-learning module not yet available and police "
                            + "training still not rescheduled."),
                    red(12, "71% trained. Police have offered dates in {next}; GP e-learning in production. Contacts "
                            + "ending in no further action remain at 47%."))),
            Map.entry("2.3", List.of(
                    green(4, "Draft protocol agreed by heads of service; a step-down panel will meet weekly."),
                    green(6, "Step-down panel meeting weekly since {prev}: 34 families stepped down, 79% with a lead "
                            + "professional allocated within 5 working days."),
                    amber(8, "Allocation within 5 days fell to 70% because two early help posts are vacant. "
                            + "Agency cover agreed."),
                    green(10, "Posts filled; allocation within 5 days back to 88%."),
                    green(12, "Allocation within 5 days 93% in {prev}. Review of the protocol with schools to be "
                            + "completed by the end of {month}.").citing("Step-down panel report, {prev}"))),
            Map.entry("2.4", List.of(
                    green(11, "Audit tool agreed by the Partnership's quality assurance subgroup. The sample will be "
                            + "drawn from referrals made after training."),
                    amber(12, "Referrals from GPs and police cannot be sampled until threshold training (action 2.2) "
                            + "is complete. Schools sample drawn."))),
            Map.entry("3.1", List.of(
                    green(1, "Duty rota for health contributions to strategy discussions drafted across the acute "
                            + "trust and community services."),
                    green(2, "Video link tested; health contributed to 74% of strategy discussions in {prev}."),
                    amber(3, "Health contribution 81%. Gaps remain for discussions held after 4pm; out-of-hours cover "
                            + "discussed with the Named Doctor."),
                    green(4, "On-call paediatric registrar now covers late strategy discussions. Health contribution "
                            + "91% in {prev}."),
                    done(5, "Health contribution 97% in {prev}, above target for two months running. Monitored in the "
                            + "Designated Nurse's quarterly report.")
                            .citing("Health contribution to strategy discussions, {prev}"))),
            Map.entry("3.2", List.of(
                    green(1, "Revised template drafted with police, with separate sections for each agency's "
                            + "information and for the rationale."),
                    amber(2, "Go-live delayed while the police records team confirm which fields they copy across."),
                    done(3, "New template live. Dip sample of 20 records: rationale recorded in 18.")
                            .citing("Strategy discussion dip sample"))),
            Map.entry("3.3", List.of(
                    green(7, "Audit scope and tool agreed by the Partnership's quality assurance subgroup."),
                    green(8, "30 strategy discussions selected; auditors from police, health and children's social "
                            + "care paired up."),
                    amber(10, "Half of the audits completed. Police auditors withdrawn for an operational priority "
                            + "until further notice."))));

    private FrontDoorProgress() {
    }
}
