package org.oversight.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.EvidenceLink;
import org.oversight.plan.Lead;
import org.oversight.plan.ProgressReport;
import org.oversight.plan.RagColour;

/**
 * A year of the plan's life: every lead's reports round by round, the deadlines that moved with
 * who agreed and why, and the accountable officer's override. Reports are typed in by the account
 * holding one of the action's leads, or by the plan manager who collects the rest.
 */
final class DemoProgressHistory {
    static final String PLAN_MANAGER = "manager";

    private record MoveRow(String reference, int round, int newMonth, String agreedBy, String reason) {
    }

    private static final List<MoveRow> MOVES = List.of(
            new MoveRow("2.1", 4, 6, "Safeguarding Partnership Executive {meeting}",
                    "The Executive asked for a section on contextual safeguarding and exploitation before agreeing "
                            + "the document."),
            new MoveRow("8.2", 5, 9, "Improvement Board {meeting}",
                    "Only 5 of the 14 agency workers offered permanent contracts accepted; further recruitment needed."),
            new MoveRow("1.4", 6, 9, "Improvement Board {meeting}",
                    "The system supplier could not deliver the change in the planned release; the next available "
                            + "release is three months later."),
            new MoveRow("5.1", 6, 10, "Safeguarding Partnership Executive {meeting}",
                    "The minor injuries unit cannot send electronic notifications until the trust's patient record "
                            + "system is upgraded."),
            new MoveRow("1.4", 9, 13, "Improvement Board {meeting}",
                    "User testing showed the outcome list must be redesigned before go-live, which needs a further "
                            + "supplier release."),
            new MoveRow("8.2", 9, 11, "Improvement Board {meeting}",
                    "The regional agreement on agency pay has slowed conversions; the recruitment campaign has been "
                            + "extended."),
            new MoveRow("5.1", 10, 13, "Director of Nursing and Quality, Kingsmead and District NHS Foundation Trust",
                    "The trust rescheduled its patient record upgrade; an interim paper process is audited weekly "
                            + "until it is complete."),
            new MoveRow("8.2", 11, 14, "Director of Children's Services",
                    "Agency posts will be filled by the new cohort of newly qualified social workers, who start with "
                            + "protected caseloads."));

    private static final String OVERRIDDEN = "6.2";
    private static final int OVERRIDE_ROUND = 11;
    private static final String OVERRIDE_REASON = "Compliance is above target but quality is not: fewer than 60% of "
            + "sampled supervision records are graded good. The Improvement Board ({meeting}) asked that this stays "
            + "amber until quality reaches 70%.";

    private final DemoCalendar calendar;

    DemoProgressHistory(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    static Map<String, List<DemoStep>> allSteps() {
        Map<String, List<DemoStep>> all = new HashMap<>(FrontDoorProgress.STEPS);
        all.putAll(EarlyHelpAndHealthProgress.STEPS);
        all.putAll(PracticeProgress.STEPS);
        return all;
    }

    void replay(ActionPlan plan) {
        Map<String, List<DemoStep>> steps = allSteps();
        for (int round = 1; round <= DemoCalendar.ROUNDS; round++) {
            int r = round;
            MOVES.stream().filter(m -> m.round() == r).forEach(m -> move(action(plan, m.reference()), m));
            steps.forEach((reference, story) -> story.stream().filter(s -> s.round() == r)
                    .forEach(s -> report(action(plan, reference), s)));
        }
        action(plan, OVERRIDDEN).overrideRag(RagColour.AMBER, calendar.fill(OVERRIDE_REASON, OVERRIDE_ROUND),
                PLAN_MANAGER, calendar.recordedFor(OVERRIDE_ROUND).plusSeconds(3600));
    }

    private void move(Action action, MoveRow move) {
        action.moveDeadline(calendar.monthEnd(move.newMonth()), calendar.fill(move.agreedBy(), move.round()),
                move.reason(), PLAN_MANAGER, calendar.recordedFor(move.round()).minusSeconds(600));
        DemoTimescale.revise(action, move.newMonth(), calendar);
    }

    private void report(Action action, DemoStep step) {
        List<EvidenceLink> evidence = step.evidence() == null ? List.of()
                : List.of(new EvidenceLink(calendar.fill(step.evidence(), step.round()), null));
        ProgressReport report = new ProgressReport(calendar.round(step.round()),
                calendar.fill(step.text(), step.round()), step.rag(), step.status(), evidence);
        action.recordProgress(report, author(action), calendar.recordedFor(step.round()));
    }

    /** The account that holds one of the action's leads, or the plan manager. */
    private static String author(Action action) {
        return action.getLeads().stream().map(Lead::getHeldBy).filter(h -> h != null)
                .findFirst().orElse(PLAN_MANAGER);
    }

    private static Action action(ActionPlan plan, String reference) {
        return plan.findAction(reference)
                .orElseThrow(() -> new IllegalStateException("The demo history names an unknown action " + reference));
    }
}
