package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan's revision, which dashboards kept between requests are keyed by, moves on when any
 * committed change touches what the plan shows, however deep in the plan, and only then: not
 * for another plan's change, not for a change that rolled back. Read from the database, as
 * another instance of the application would. These tests commit; the tables are emptied after each.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class PlanRevisionContract {
    @Autowired
    private PlanRepository plans;
    @Autowired
    private OrganisationRepository organisations;
    @Autowired
    private LeadRepository leads;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private TransactionTemplate inTransaction;
    private long planId;
    private long otherPlanId;

    @BeforeEach
    void twoPlansOfOneCouncil() {
        inTransaction = new TransactionTemplate(transactionManager);
        PlanFixtures fixtures = new PlanFixtures();
        List<ActionPlan> saved = inTransaction.execute(s -> fixtures.save(organisations, leads, plans,
                fixtures.aPlanWithOverdueActions(), fixtures.aDraftPlan()));
        planId = saved.get(0).getId();
        otherPlanId = saved.get(1).getId();
    }

    @Test
    @DisplayName("should start a stored plan at a revision, and keep it while nothing changes")
    void unchangedPlanKeepsItsRevision() {
        long before = revision(planId);
        inTransaction.execute(s -> plans.findById(planId).orElseThrow().actions().size());

        assertThat(revision(planId)).isEqualTo(before);
    }

    @Test
    @DisplayName("should move a plan on by one for a progress update on one of its actions, and leave another plan alone")
    void progressUpdate() {
        assertMovesOnlyThisPlan(plan -> action(plan, "1.1").recordProgress(new ProgressReport(LocalDate.of(2026, 4, 2),
                "Second audit complete", RagColour.GREEN, ActionStatus.IN_PROGRESS, List.of()), "Head of Service", Instant.now()));
    }

    @Test
    @DisplayName("should move a plan on for each kind of change to what it shows")
    void everyKindOfChange() {
        assertMovesOnlyThisPlan(plan -> action(plan, "2.2").describe("Report attendance to the board each month", null, null));
        assertMovesOnlyThisPlan(plan -> action(plan, "2.2").moveDeadline(LocalDate.of(2026, 12, 31), "Partnership board",
                "Waiting for new guidance", "manager", Instant.now()));
        assertMovesOnlyThisPlan(plan -> action(plan, "2.2").dependOn(action(plan, "1.2")));
        assertMovesOnlyThisPlan(plan -> action(plan, "1.2").ledBy(List.of(plan.getWorkstreams().get(0).getLead())));
        assertMovesOnlyThisPlan(plan -> action(plan, "1.1").overrideRag(RagColour.AMBER, "Audit nearly done", "manager", Instant.now()));
        assertMovesOnlyThisPlan(plan -> plan.getRecommendations().get(1).revise("Health partners attend every conference",
                null, "Agreed", Responsibility.PARTNER));
        assertMovesOnlyThisPlan(plan -> plan.getWorkstreams().get(0).addDeliverable("1.2", "Partners trained on thresholds"));
        assertMovesOnlyThisPlan(plan -> plan.getRecommendations().get(0).addAction("1.3", "Review the MASH's staffing"));
        assertMovesOnlyThisPlan(plan -> plan.addRound(LocalDate.of(2026, 4, 30)));
        assertMovesOnlyThisPlan(plan -> plan.describe("Help and protection for children in Northshire", null, null));
    }

    @Test
    @DisplayName("should assess a plan from an update committed since its progress was last read and kept, on every date")
    void keptProgressFollowsTheRevision() {
        PlanAssessor assessor = new PlanAssessor(null, entityManager, 100_000, 100_000);
        LocalDate on = LocalDate.of(2026, 4, 2);
        List<StatusReason> before = inTransaction.execute(s -> {
            ActionPlan plan = plans.findById(planId).orElseThrow();
            assessor.assess(plan, on.minusMonths(1));
            return assessor.assess(plan, on).of(action(plan, "1.1")).reasons();
        });
        inTransaction.executeWithoutResult(s -> action(plans.findById(planId).orElseThrow(), "1.1").recordProgress(
                new ProgressReport(on, "The second audit has slipped", RagColour.RED, ActionStatus.IN_PROGRESS, List.of()),
                "Head of Service", Instant.now()));
        List<StatusReason> after = inTransaction.execute(s -> {
            ActionPlan plan = plans.findById(planId).orElseThrow();
            return assessor.assess(plan, on).of(action(plan, "1.1")).reasons();
        });

        assertThat(before).noneMatch(r -> r.words().startsWith("Head of Service reported Red"));
        assertThat(after).contains(new StatusReason(StatusRule.LEAD_REPORTED, RagColour.RED,
                "Head of Service reported Red as at 2 April 2026"));

        // the action's own facts (here an officer's override) are kept by revision too
        inTransaction.executeWithoutResult(s -> action(plans.findById(planId).orElseThrow(), "1.1")
                .overrideRag(RagColour.AMBER, "Audit nearly done", "manager", Instant.now()));
        StatusAssessment overridden = inTransaction.execute(s -> {
            ActionPlan plan = plans.findById(planId).orElseThrow();
            return assessor.assess(plan, on.minusMonths(1)).of(action(plan, "1.1"));
        });
        assertThat(overridden.rag()).isEqualTo(RagColour.AMBER);
        assertThat(overridden.override()).hasValueSatisfying(o -> assertThat(o.getReason()).isEqualTo("Audit nearly done"));
    }

    @Test
    @DisplayName("should move on every plan in which a changed lead leads an action, and no other")
    void changedLead() {
        long before = revision(planId);
        long otherBefore = revision(otherPlanId);
        inTransaction.executeWithoutResult(s -> leads.findAll().stream()
                .filter(l -> l.getName().startsWith("Designated Nurse")).forEach(l -> l.assignTo("someone.else")));

        assertThat(revision(planId)).isGreaterThan(before);
        assertThat(revision(otherPlanId)).as("the draft plan has no action led by the nurse").isEqualTo(otherBefore);
    }

    @Test
    @DisplayName("should move nothing on when the change is rolled back")
    void rolledBack() {
        long before = revision(planId);

        assertThatThrownBy(() -> inTransaction.executeWithoutResult(s -> {
            action(plans.findById(planId).orElseThrow(), "1.1").describe("Changed, then undone", null, null);
            plans.flush();
            throw new IllegalStateException("the save failed");
        })).hasMessage("the save failed");

        assertThat(revision(planId)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select description from plan_action where reference = '1.1' and recommendation_id in"
                + " (select id from recommendation where plan_id = ?)", String.class, planId)).isNotEqualTo("Changed, then undone");
    }

    @Test
    @DisplayName("should move a plan on by one value of the sequence for many changes committed together")
    void manyChangesOnce() {
        inTransaction.executeWithoutResult(s -> plans.findById(otherPlanId).orElseThrow().addRound(LocalDate.of(2026, 6, 30)));
        long latest = revision(otherPlanId);
        inTransaction.executeWithoutResult(s -> {
            ActionPlan plan = plans.findById(planId).orElseThrow();
            plan.actions().forEach(a -> a.describe(a.getDescription() + " (revised)", null, null));
            plan.addRound(LocalDate.of(2026, 5, 31));
        });

        assertThat(revision(planId)).as("the next value after the other plan's change").isEqualTo(latest + 1);
    }

    @Test
    @DisplayName("should give a newly stored plan a revision no other plan has had")
    void newPlanGetsAFreshRevision() {
        long highest = Math.max(revision(planId), revision(otherPlanId));
        long created = inTransaction.execute(s -> plans.save(new ActionPlan("Sufficiency plan", organisations.findAll().get(0),
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))).getId();

        assertThat(revision(created)).isGreaterThan(highest);
    }

    @Test
    @DisplayName("should still move a plan forwards after a restore has set the sequence back below its revision")
    void forwardsAfterTheSequenceWentBack() {
        assertMovesOnlyThisPlan(plan -> plan.addRound(LocalDate.of(2026, 7, 31)));
        jdbc.execute("alter sequence plan_revision restart with 1");

        assertMovesOnlyThisPlan(plan -> plan.addRound(LocalDate.of(2026, 8, 31)));
    }

    private void assertMovesOnlyThisPlan(Consumer<ActionPlan> change) {
        long before = revision(planId);
        long otherBefore = revision(otherPlanId);
        inTransaction.executeWithoutResult(s -> change.accept(plans.findById(planId).orElseThrow()));

        assertThat(revision(planId)).as("the changed plan's revision").isGreaterThan(before);
        assertThat(revision(otherPlanId)).as("the other plan's revision").isEqualTo(otherBefore);
        Long read = inTransaction.execute(s -> plans.findById(planId).orElseThrow().getRevision());
        assertThat(read).as("the revision as the application reads it").isGreaterThan(before);
    }

    private static Action action(ActionPlan plan, String reference) {
        return plan.findAction(reference).orElseThrow();
    }

    private long revision(long plan) {
        return jdbc.queryForObject("select revision from action_plan where id = ?", Long.class, plan);
    }
}
