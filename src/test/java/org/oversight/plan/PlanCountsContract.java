package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditTrail;
import org.oversight.timescale.TimescaleKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts the view across councils shows of each plan, read for many plans at once from
 * narrow rows, are the numbers of the plan's own assessment as at every date: its RAG tally, its
 * overdue actions and those whose deadline moved twice or more, through closed rounds, archived
 * actions, dependencies, overrides and updates dated after the date asked for.
 */
@Transactional
@Import({PlanCounts.class, PlanAssessor.class, UpdateRounds.class, AuditTrail.class, RoundStorageContract.FixedClock.class})
abstract class PlanCountsContract {
    private static final Instant NOW = RoundStorageContract.NOW;
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final ActionStatus[] STATUSES = {null, ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS,
        ActionStatus.IN_PROGRESS, ActionStatus.WAITING, ActionStatus.COMPLETE};
    private static final RagColour[] RAGS = {null, RagColour.RED, RagColour.AMBER, RagColour.GREEN, RagColour.GREEN, RagColour.BLUE};
    @Autowired
    private TestEntityManager entities;
    @Autowired
    private PlanCounts counts;
    @Autowired
    private PlanAssessor assessor;
    @Autowired
    private UpdateRounds rounds;
    @Autowired
    private PlanRepository plans;
    @Autowired
    private OrganisationRepository organisations;
    @Autowired
    private LeadRepository leads;

    @Test
    @DisplayName("should give every plan's RAG, overdue and moved-twice counts as its own assessment does, on any date")
    void countsAsTheAssessmentDoes() {
        PlanFixtures fixtures = new PlanFixtures();
        Random random = new Random(20261207);
        List<ActionPlan> made = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            made.add(plan(fixtures, random, p));
        }
        List<ActionPlan> saved = fixtures.save(organisations, leads, plans, made.toArray(ActionPlan[]::new));
        saved.add(fixtures.save(organisations, leads, plans, fixtures.aPlanWithOverdueActions()).get(0));
        // close some rounds, then change what they fixed: later and back-dated updates, moves, overrides, archiving
        for (ActionPlan plan : saved) {
            for (LocalDate round : List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31))) {
                if (random.nextBoolean()) {
                    rounds.close(rounds.open(plan.getId(), round, round.plusDays(7)).getId(), "Plan manager");
                }
            }
            entities.flush();
            for (Action action : plan.actions()) {
                switch (random.nextInt(6)) {
                    case 0 -> progress(action, LocalDate.of(2025, 5, 1 + random.nextInt(28)), random);
                    case 1 -> action.moveDeadline(LocalDate.of(2025, 3 + random.nextInt(9), 10), "Board", "Agreed",
                            "manager", NOW);
                    case 2 -> action.overrideRag(RAGS[1 + random.nextInt(4)], "Judged so", "officer", NOW);
                    case 3 -> action.archive();
                    default -> { }
                }
            }
        }
        entities.flush();
        entities.clear();
        List<ActionPlan> stored = plans.findAllById(saved.stream().map(ActionPlan::getId).toList());

        Map<Long, PlanCounts.Facts> facts = counts.of(stored);

        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int d = 0; d < 40; d++) {
            dates.add(START.minusDays(20).plusDays(random.nextInt(640)));
        }
        stored.forEach(p -> dates.addAll(p.getRounds()));
        dates.addAll(List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31), PlanFixtures.AS_AT));
        int checked = 0;
        for (ActionPlan plan : stored) {
            assertThat(facts.get(plan.getId()).rounds()).isEqualTo(plan.getRounds());
            for (LocalDate date : dates) {
                PlanAssessment assessment = assessor.assess(plan, date);
                PlanCounts.Counts c = facts.get(plan.getId()).asAt(date);
                assertThat(c.tally()).as("plan %s as at %s", plan.getTitle(), date).isEqualTo(assessment.tally());
                assertThat(c.overdue()).as("overdue in %s as at %s", plan.getTitle(), date).isEqualTo(assessment.overdue().size());
                assertThat(c.movedTwice()).as("moved twice in %s as at %s", plan.getTitle(), date)
                        .isEqualTo((int) assessment.all().stream().filter(s -> s.reasons().stream().anyMatch(
                                r -> r.rule() == StatusRule.DEADLINE_MOVED && r.colour() == RagColour.AMBER)).count());
                checked += c.tally().total();
            }
        }
        assertThat(checked).as("actions compared").isGreaterThan(1000);
    }

    /** A plan of two workstreams and four recommendations (one archived), each of several varied actions. */
    private static ActionPlan plan(PlanFixtures fixtures, Random random, int number) {
        ActionPlan plan = new ActionPlan("Plan " + number, fixtures.council, START, START.plusYears(2));
        if (number % 2 == 1) {
            plan.useLegend(List.of(new RagLegendEntry(RagColour.RED, "Off track"), new RagLegendEntry(RagColour.BLUE, "Done")),
                    RagColour.BLUE);
        }
        if (number % 3 == 2) {
            plan.setUpdateCadence(Period.ofMonths(3));
        }
        plan.addRound(LocalDate.of(2025, 6, 30));
        plan.addRound(LocalDate.of(2025, 12, 31));
        List<Workstream> workstreams = List.of(plan.addWorkstream("1", "One", fixtures.headOfSafeguarding, "Aim"),
                plan.addWorkstream("2", "Two", fixtures.headOfSafeguarding, "Aim"));
        List<Action> all = new ArrayList<>();
        for (int r = 1; r <= 4; r++) {
            Recommendation rec = plan.addRecommendation(Integer.toString(r), "Recommendation " + r, Responsibility.OURS);
            if (r < 4) {
                rec.placeIn(workstreams.get(r % 2));
            }
            for (int a = 1; a <= 6 + random.nextInt(4); a++) {
                Action action = rec.addAction(r + "." + a, "Action " + r + "." + a);
                if (random.nextInt(5) > 0) {
                    action.startOn(START.plusDays(random.nextInt(200)));
                }
                switch (random.nextInt(6)) {
                    case 0 -> action.setTimescale(new ActionTimescale("When it can", TimescaleKind.UNKNOWN, null, null), null);
                    case 1 -> action.setTimescale(new ActionTimescale("After the election", TimescaleKind.EXTERNAL, null, null), null);
                    case 2 -> action.setTimescale(new ActionTimescale("Monthly", TimescaleKind.RECURRING, "P1M", null), null);
                    default -> action.setTimescale(new ActionTimescale("By then", TimescaleKind.DATE, null, null),
                            START.plusDays(30 + random.nextInt(500)));
                }
                for (int m = 0; m < random.nextInt(4); m++) {
                    if (action.getDueDate() != null || m > 0) {
                        action.moveDeadline(START.plusDays(60 + random.nextInt(500)), "Board", "Agreed", "manager", NOW);
                    }
                }
                int updates = random.nextInt(6);
                for (int u = 0; u < updates; u++) {
                    progress(action, START.plusDays(random.nextInt(540)), random);
                }
                if (random.nextInt(8) == 0) {
                    action.changeStatus(STATUSES[1 + random.nextInt(STATUSES.length - 1)], START.plusDays(300));
                }
                if (random.nextInt(10) == 0) {
                    action.waitFor("The national review");
                }
                if (!all.isEmpty() && random.nextInt(4) == 0) {
                    action.dependOn(all.get(random.nextInt(all.size())));
                }
                if (random.nextInt(8) == 0) {
                    action.dependOn(workstreams.get(random.nextInt(2)));
                }
                if (random.nextInt(12) == 0) {
                    action.overrideRag(RAGS[1 + random.nextInt(4)], "Known better", "officer", NOW);
                }
                if (random.nextInt(12) == 0) {
                    action.archive();
                }
                all.add(action);
            }
            if (r == 3 && number % 2 == 0) {
                rec.archive();
            }
        }
        return plan;
    }

    private static void progress(Action action, LocalDate asAt, Random random) {
        action.recordProgress(new ProgressReport(asAt, "Progress", RAGS[random.nextInt(RAGS.length)],
                STATUSES[random.nextInt(STATUSES.length)], List.of()), "Lead " + random.nextInt(3),
                asAt.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
