package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.oversight.timescale.TimescaleKind;

@DisplayName("Proposed status and RAG from facts")
class StatusRulesTest {
    private static final LocalDate START = LocalDate.of(2025, 6, 1);
    private static final LocalDate END = LocalDate.of(2026, 5, 31);
    private static final LocalDate AS_AT = LocalDate.of(2025, 12, 1);
    private static final Instant NOW = Instant.parse("2025-12-01T10:00:00Z");

    private final ActionPlan plan = new ActionPlan("Improvement plan", new Organisation("Kingsmead", OrganisationKind.COUNCIL), START, END);
    private final Recommendation rec = plan.addRecommendation("1", "Strengthen the front door", Responsibility.OURS);
    private final PlanAssessor assessor = new PlanAssessor();

    private Action anAction(String ref, String timescale, LocalDate due) {
        Action a = rec.addAction(ref, "Do the work " + ref);
        a.setTimescale(new ActionTimescale(timescale, TimescaleKind.DATE, null, null), due);
        a.startOn(START);
        return a;
    }

    private static void update(Action a, LocalDate asAt, RagColour rag, ActionStatus status) {
        a.recordProgress(new ProgressReport(asAt, "Progress as at " + asAt, rag, status, List.of()), "Jo Bloggs", NOW);
    }

    private StatusAssessment assess(Action a) {
        return assessor.assess(plan, AS_AT).of(a);
    }

    @Test
    void anActionUpdatedOnTimeAndBeforeItsDeadlineIsGreenAndSaysSo() {
        Action a = anAction("1.1", "March 2026", LocalDate.of(2026, 3, 31));
        update(a, LocalDate.of(2025, 11, 20), RagColour.GREEN, ActionStatus.IN_PROGRESS);

        StatusAssessment s = assess(a);

        assertThat(s.rag()).isEqualTo(RagColour.GREEN);
        assertThat(s.headline()).isEqualTo("On track for its deadline of 31 March 2026");
    }

    @Test
    void anActionPastItsDeadlineAndNotCompleteIsRedWithTheDeadlineInWords() {
        Action a = anAction("1.1", "October 2025", LocalDate.of(2025, 10, 31));
        update(a, LocalDate.of(2025, 11, 20), RagColour.GREEN, ActionStatus.IN_PROGRESS);

        StatusAssessment s = assess(a);

        assertThat(s.rag()).isEqualTo(RagColour.RED);
        assertThat(s.has(StatusRule.OVERDUE)).isTrue();
        assertThat(s.headline()).isEqualTo("Deadline of 31 October 2025 passed 31 days ago and the action is not complete");
    }

    @Test
    void aCompleteActionTakesTheLegendsCompletionColourEvenPastItsDeadline() {
        plan.useLegend(List.of(new RagLegendEntry(RagColour.RED, "Not started"), new RagLegendEntry(RagColour.BLUE, "Completed")), RagColour.BLUE);
        Action a = anAction("1.1", "October 2025", LocalDate.of(2025, 10, 31));
        update(a, LocalDate.of(2025, 10, 15), RagColour.GREEN, ActionStatus.COMPLETE);

        StatusAssessment s = assess(a);

        assertThat(s.rag()).isEqualTo(RagColour.BLUE);
        assertThat(s.headline()).isEqualTo("Completed by 15 October 2025");
    }

    @Test
    void anActionNotStartedAfterItsStartDateIsRed() {
        Action a = anAction("1.1", "March 2026", LocalDate.of(2026, 3, 31));
        a.startOn(LocalDate.of(2025, 11, 1));

        StatusAssessment s = assess(a);

        assertThat(s.rag()).isEqualTo(RagColour.RED);
        assertThat(s.has(StatusRule.NOT_STARTED)).isTrue();
        assertThat(s.headline()).contains("Due to start on 1 November 2025 but not started");
    }

    @Test
    void flagsActionAsStaleAfterMissedRound() {
        Action a = anAction("1.1", "March 2026", LocalDate.of(2026, 3, 31));
        update(a, LocalDate.of(2025, 9, 30), RagColour.GREEN, ActionStatus.IN_PROGRESS);

        StatusAssessment s = assess(a);

        assertThat(s.rag()).isEqualTo(RagColour.AMBER);
        assertThat(s.headline()).isEqualTo("No update since 30 September 2025; updates are due monthly");
    }

    @Test
    void anActionDependingOnARedActionIsAtRiskAndNamesIt() {
        Action late = anAction("1.1", "October 2025", LocalDate.of(2025, 10, 31));
        update(late, LocalDate.of(2025, 11, 20), RagColour.AMBER, ActionStatus.IN_PROGRESS);
        Action dependent = anAction("1.2", "March 2026", LocalDate.of(2026, 3, 31));
        update(dependent, LocalDate.of(2025, 11, 20), RagColour.GREEN, ActionStatus.IN_PROGRESS);
        dependent.dependOn(late);

        StatusAssessment s = assess(dependent);

        assertThat(s.rag()).isEqualTo(RagColour.AMBER);
        assertThat(s.has(StatusRule.AT_RISK)).isTrue();
        assertThat(s.headline()).startsWith("At risk: depends on action 1.1, which is red (deadline of 31 October 2025");
    }

    @Test
    void anActionDependingOnAWorkstreamWithRedActionsIsAtRisk() {
        Workstream ws = plan.addWorkstream("2", "Quality of practice", null, null);
        Recommendation other = plan.addRecommendation("2", "Audit practice", Responsibility.OURS);
        other.placeIn(ws);
        Action red = other.addAction("2.1", "Audit");
        red.startOn(LocalDate.of(2025, 7, 1));
        Action dependent = anAction("1.1", "March 2026", LocalDate.of(2026, 3, 31));
        update(dependent, LocalDate.of(2025, 11, 20), RagColour.GREEN, ActionStatus.IN_PROGRESS);
        dependent.dependOn(ws);

        assertThat(assess(dependent).headline()).isEqualTo("At risk: depends on workstream 2, where 1 action is red");
    }

    @Test
    void anActionAssessedOnItsOwnForItsPageStandsAsInTheWholePlanWithEverythingItDependsOn() {
        Workstream ws = plan.addWorkstream("2", "Quality of practice", null, null);
        Recommendation other = plan.addRecommendation("2", "Audit practice", Responsibility.OURS);
        other.placeIn(ws);
        other.addAction("2.1", "Audit").startOn(LocalDate.of(2025, 7, 1));
        Action late = anAction("1.1", "October 2025", LocalDate.of(2025, 10, 31));
        update(late, LocalDate.of(2025, 11, 20), RagColour.AMBER, ActionStatus.IN_PROGRESS);
        Action dependent = anAction("1.2", "March 2026", LocalDate.of(2026, 3, 31));
        update(dependent, LocalDate.of(2025, 11, 20), RagColour.GREEN, ActionStatus.IN_PROGRESS);
        dependent.dependOn(late);
        dependent.dependOn(ws);
        anAction("1.3", "March 2026", LocalDate.of(2026, 3, 31));

        StatusAssessment alone = assessor.assess(dependent, AS_AT);

        assertThat(alone).isEqualTo(assess(dependent));
        assertThat(alone.reasons()).extracting(StatusReason::words)
                .anyMatch(w -> w.startsWith("At risk: depends on action 1.1, which is red"))
                .contains("At risk: depends on workstream 2, where 1 action is red");
    }

    @Test
    void anActionWaitingOnNationalGuidanceIsAmberAndSaysWhatItWaitsFor() {
        Action a = rec.addAction("1.1", "Adopt the revised guidance");
        a.setTimescale(new ActionTimescale("Awaiting guidance", TimescaleKind.EXTERNAL, null, null), null);
        a.changeStatus(ActionStatus.WAITING, AS_AT);
        update(a, LocalDate.of(2025, 11, 20), null, ActionStatus.WAITING);

        StatusAssessment s = assess(a);

        assertThat(s.rag()).isEqualTo(RagColour.AMBER);
        assertThat(s.headline()).isEqualTo("Waiting on an external event: Awaiting guidance");
        assertThat(assessor.assess(plan, AS_AT).waiting()).containsExactly(a);
    }

    @Test
    void aDeadlineMovedTwiceIsDriftAndKeepsTheOriginalDate() {
        Action a = anAction("1.1", "October 2025", LocalDate.of(2025, 10, 31));
        a.moveDeadline(LocalDate.of(2025, 12, 31), "Improvement Board", "Recruitment delayed", "manager", NOW);
        a.moveDeadline(LocalDate.of(2026, 2, 28), "Improvement Board", "Supplier slipped", "manager", NOW);
        update(a, LocalDate.of(2025, 11, 20), RagColour.GREEN, ActionStatus.IN_PROGRESS);

        StatusAssessment s = assess(a);

        assertThat(s.rag()).isEqualTo(RagColour.AMBER);
        assertThat(s.headline()).isEqualTo("Deadline moved 2 times (originally 31 October 2025, now 28 February 2026)");
        assertThat(a.getOriginalDue()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(a.getDeadlineChanges()).extracting(DeadlineChange::getReason).containsExactly("Recruitment delayed", "Supplier slipped");
    }

    @Test
    void aDeadlineMovedOnceIsShownButDoesNotChangeTheColourOnItsOwn() {
        Action a = anAction("1.1", "October 2025", LocalDate.of(2025, 10, 31));
        a.moveDeadline(LocalDate.of(2026, 1, 31), "Director of Children's Services", "Waiting for the new system", "manager", NOW);
        update(a, LocalDate.of(2025, 11, 20), RagColour.GREEN, ActionStatus.IN_PROGRESS);

        StatusAssessment s = assess(a);

        assertThat(s.rag()).isEqualTo(RagColour.GREEN);
        assertThat(s.has(StatusRule.DEADLINE_MOVED)).isTrue();
    }

    @Test
    void theLeadsOwnAmberIsKeptEvenWhenTheFactsLookFine() {
        Action a = anAction("1.1", "March 2026", LocalDate.of(2026, 3, 31));
        update(a, LocalDate.of(2025, 11, 20), RagColour.AMBER, ActionStatus.IN_PROGRESS);

        assertThat(assess(a).rag()).isEqualTo(RagColour.AMBER);
        assertThat(assess(a).headline()).isEqualTo("Jo Bloggs reported Amber as at 20 November 2025");
    }

    @Test
    void anUnreadableTimescaleAsksForCorrectionInsteadOfGuessing() {
        Action a = rec.addAction("1.1", "Scanned action");
        a.setTimescale(new ActionTimescale("iviay ZUTZ", TimescaleKind.UNKNOWN, null, null), null);
        a.startOn(START);
        update(a, LocalDate.of(2025, 11, 20), RagColour.GREEN, ActionStatus.IN_PROGRESS);

        assertThat(assess(a).rag()).isEqualTo(RagColour.AMBER);
        assertThat(assess(a).headline()).contains("\u201Civiay ZUTZ\u201D could not be read");
    }

    @Test
    void anOverrideStandsButTheProposalAndReasonAreKept() {
        Action a = anAction("1.1", "October 2025", LocalDate.of(2025, 10, 31));
        update(a, LocalDate.of(2025, 11, 20), RagColour.GREEN, ActionStatus.IN_PROGRESS);
        a.overrideRag(RagColour.AMBER, "Work is finished; sign-off at the November board", "director", NOW);

        StatusAssessment s = assess(a);

        assertThat(s.proposed()).isEqualTo(RagColour.RED);
        assertThat(s.rag()).isEqualTo(RagColour.AMBER);
        assertThat(s.overridden()).isTrue();
        assertThat(s.override().orElseThrow().getReason()).isEqualTo("Work is finished; sign-off at the November board");
    }

    @Test
    void anEarlierAsAtDateUsesTheStatusReportedThen() {
        Action a = anAction("1.1", "March 2026", LocalDate.of(2026, 3, 31));
        update(a, LocalDate.of(2025, 9, 30), RagColour.GREEN, ActionStatus.IN_PROGRESS);
        update(a, LocalDate.of(2025, 11, 30), RagColour.GREEN, ActionStatus.COMPLETE);

        assertThat(assessor.assess(plan, LocalDate.of(2025, 10, 15)).of(a).has(StatusRule.COMPLETE)).isFalse();
        assertThat(assessor.assess(plan, AS_AT).of(a).has(StatusRule.COMPLETE)).isTrue();
    }

    @Test
    void aBackFilledUpdateChangesTheHistoryButNotTodaysStatus() {
        Action a = anAction("1.1", "March 2026", LocalDate.of(2026, 3, 31));
        update(a, LocalDate.of(2025, 11, 30), RagColour.GREEN, ActionStatus.COMPLETE);
        update(a, LocalDate.of(2025, 8, 31), RagColour.AMBER, ActionStatus.IN_PROGRESS);

        assertThat(a.getStatus()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(assessor.assess(plan, LocalDate.of(2025, 9, 15)).of(a).rag()).isEqualTo(RagColour.AMBER);
    }

    @Nested
    @DisplayName("roll-ups")
    class RollUps {
        @Test
        void rollsStatusesUpToRecommendationWorkstreamAndPlan() {
            Workstream ws = plan.addWorkstream("1", "Front door", null, null);
            rec.placeIn(ws);
            Action green = anAction("1.1", "March 2026", LocalDate.of(2026, 3, 31));
            update(green, LocalDate.of(2025, 11, 20), RagColour.GREEN, ActionStatus.IN_PROGRESS);
            Action red = anAction("1.2", "October 2025", LocalDate.of(2025, 10, 31));
            update(red, LocalDate.of(2025, 11, 20), RagColour.GREEN, ActionStatus.IN_PROGRESS);
            Recommendation second = plan.addRecommendation("2", "Done already", Responsibility.OURS);
            Action done = second.addAction("2.1", "Finished");
            update(done, LocalDate.of(2025, 8, 1), RagColour.GREEN, ActionStatus.COMPLETE);

            PlanAssessment all = assessor.assess(plan, AS_AT);

            assertThat(all.tally().count(RagColour.RED)).isEqualTo(1);
            assertThat(all.tally().count(RagColour.GREEN)).isEqualTo(2);
            assertThat(all.tally().rollUp()).isEqualTo(RagColour.RED);
            assertThat(all.tally(rec).total()).isEqualTo(2);
            assertThat(all.tally(ws).rollUp()).isEqualTo(RagColour.RED);
            assertThat(all.tally(second).rollUp()).isEqualTo(RagColour.GREEN);
            assertThat(all.overdue()).containsExactly(red);
            assertThat(all.dueWithin(30)).isEmpty();
        }
    }
}
