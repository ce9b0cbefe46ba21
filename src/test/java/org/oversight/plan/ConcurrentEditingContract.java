package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.plan.PlanExamples.MONDAY_MORNING;
import static org.oversight.plan.PlanExamples.aCouncil;
import static org.oversight.plan.PlanExamples.aReport;
import static org.oversight.plan.PlanExamples.anInspectionPlan;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people saving the same action never lose an update: whoever saves second, having
 * loaded the action before the first save, is refused. These tests commit real transactions;
 * the tables are emptied after each.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class ConcurrentEditingContract {
    @Autowired
    private PlanRepository plans;
    @Autowired
    private OrganisationRepository organisations;
    @Autowired
    private ActionRepository actions;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private TransactionTemplate inTransaction;
    private TransactionTemplate inAnotherTransaction;
    private Long actionId;

    @BeforeEach
    void storeAnAction() {
        inTransaction = new TransactionTemplate(transactionManager);
        inAnotherTransaction = new TransactionTemplate(transactionManager);
        inAnotherTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        actionId = inTransaction.execute(status -> {
            ActionPlan plan = anInspectionPlan(organisations.save(aCouncil()));
            Action action = plan.addRecommendation("1", "Improve plans", Responsibility.OURS)
                    .addAction("1.1", "New plan template");
            plans.save(plan);
            return action.getId();
        });
    }

    @Test
    @DisplayName("should refuse the second of two overlapping sessions that change the same action")
    void secondOverlappingSaveFails() {
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(mine -> {
            actions.findById(actionId).orElseThrow().describe("Mine: a shorter template", null, null);
            inAnotherTransaction.executeWithoutResult(theirs -> actions.findById(actionId).orElseThrow()
                    .describe("Theirs: a template co-produced with families", null, null));
        })).isInstanceOf(OptimisticLockingFailureException.class);

        Action stored = inTransaction.execute(status -> actions.findById(actionId).orElseThrow());
        assertThat(stored.getDescription()).isEqualTo("Theirs: a template co-produced with families");
        assertThat(stored.getVersion()).isEqualTo(1);
    }

    @Test
    @DisplayName("should refuse a form saved from a copy that someone else has changed since it was loaded")
    void staleCopyIsRefused() {
        Action mine = inTransaction.execute(status -> actions.findById(actionId).orElseThrow());
        Action theirs = inTransaction.execute(status -> actions.findById(actionId).orElseThrow());

        theirs.describe("Theirs: a template co-produced with families", null, null);
        inTransaction.executeWithoutResult(status -> actions.save(theirs));
        mine.describe("Mine: a shorter template", null, null);

        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> actions.save(mine)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        Action stored = inTransaction.execute(status -> actions.findById(actionId).orElseThrow());
        assertThat(stored.getDescription()).isEqualTo("Theirs: a template co-produced with families");
    }

    @Test
    @DisplayName("should keep both of two progress updates posted at the same time when neither changes the status")
    void overlappingProgressUpdatesAreBothKept() {
        inTransaction.executeWithoutResult(mine -> {
            Action action = actions.findById(actionId).orElseThrow();
            inAnotherTransaction.executeWithoutResult(theirs -> actions.findById(actionId).orElseThrow()
                    .recordProgress(aReport(LocalDate.of(2026, 3, 31), "Health data shared", null, null), "nhslead",
                            MONDAY_MORNING));
            action.recordProgress(aReport(LocalDate.of(2026, 3, 31), "Template drafted", null, null), "lead",
                    MONDAY_MORNING);
        });

        Action stored = inTransaction.execute(status -> {
            Action action = actions.findById(actionId).orElseThrow();
            action.getUpdates().forEach(ProgressUpdate::getEvidence);
            return action;
        });
        assertThat(stored.getUpdates()).extracting(ProgressUpdate::getText)
                .containsExactlyInAnyOrder("Health data shared", "Template drafted");
    }

    @Test
    @DisplayName("should refuse the second of two overlapping progress updates that both change the status")
    void overlappingStatusChangesAreRefused() {
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(mine -> {
            Action action = actions.findById(actionId).orElseThrow();
            inAnotherTransaction.executeWithoutResult(theirs -> actions.findById(actionId).orElseThrow()
                    .recordProgress(aReport(LocalDate.of(2026, 3, 31), "Started", null, ActionStatus.IN_PROGRESS),
                            "nhslead", MONDAY_MORNING));
            action.recordProgress(aReport(LocalDate.of(2026, 3, 31), "Done", RagColour.GREEN, ActionStatus.COMPLETE),
                    "lead", MONDAY_MORNING);
        })).isInstanceOf(OptimisticLockingFailureException.class);

        Action stored = inTransaction.execute(status -> actions.findById(actionId).orElseThrow());
        assertThat(stored.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    }
}
