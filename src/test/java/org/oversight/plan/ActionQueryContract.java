package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.plan.PlanExamples.aCouncil;
import static org.oversight.plan.PlanExamples.aRole;
import static org.oversight.plan.PlanExamples.anInspectionPlan;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

/** "My actions", "what waits on this action", and archiving that hides without deleting. */
@Transactional
abstract class ActionQueryContract {
    @Autowired
    private TestEntityManager entities;
    @Autowired
    private PlanRepository plans;
    @Autowired
    private ActionRepository actions;

    private ActionPlan plan;
    private Action template;
    private Action training;
    private Action healthChecks;

    @BeforeEach
    void storeAPlanWithLeadsHeldByUsers() {
        Organisation council = entities.persist(aCouncil());
        Lead headOfService = entities.persist(aRole("Head of Service", council, "lead"));
        Lead principal = entities.persist(aRole("Principal Social Worker", council, "lead"));
        Lead nurse = entities.persist(aRole("Designated Nurse", null, "nhslead"));
        plan = anInspectionPlan(council);
        Recommendation plans1 = plan.addRecommendation("1", "Improve plans", Responsibility.OURS);
        Recommendation health = plan.addRecommendation("2", "Health assessments", Responsibility.PARTNER);
        template = plans1.addAction("1.1", "New plan template");
        template.setTimescale(PlanExamples.byEndOf("June 2026"), LocalDate.of(2026, 6, 30));
        template.ledBy(List.of(headOfService, principal));
        training = plans1.addAction("1.2", "Train staff");
        training.setTimescale(PlanExamples.byEndOf("March 2026"), LocalDate.of(2026, 3, 31));
        training.ledBy(List.of(principal));
        training.dependOn(template);
        healthChecks = health.addAction("2.1", "Health assessments within 20 days");
        healthChecks.ledBy(List.of(nurse, headOfService));
        healthChecks.dependOn(template);
        plans.save(plan);
        entities.flush();
        entities.clear();
    }

    @Test
    @DisplayName("should read each action's latest update on or before a date, with its words, for a report pack")
    void readsTheLatestUpdateOfEachAction() {
        Action stored = actions.findById(template.getId()).orElseThrow();
        stored.recordProgress(new ProgressReport(LocalDate.of(2026, 1, 31), "Draft template shared", RagColour.AMBER,
                ActionStatus.IN_PROGRESS, List.of()), "lead", java.time.Instant.parse("2026-02-01T09:00:00Z"));
        stored.recordProgress(new ProgressReport(LocalDate.of(2026, 2, 28), "Template agreed", RagColour.GREEN,
                ActionStatus.IN_PROGRESS, List.of()), "lead", java.time.Instant.parse("2026-03-01T09:00:00Z"));
        stored.recordProgress(new ProgressReport(LocalDate.of(2026, 2, 28), "Template agreed and published", RagColour.GREEN,
                ActionStatus.IN_PROGRESS, List.of()), "lead", java.time.Instant.parse("2026-03-02T09:00:00Z"));
        entities.flush();
        entities.clear();
        ActionPlan reloaded = plans.findById(plan.getId()).orElseThrow();
        LatestProgress latest = new LatestProgress(entities.getEntityManager());

        LatestProgress.Lookup inFebruary = latest.of(reloaded, LocalDate.of(2026, 2, 28));
        LatestProgress.Lookup inJanuary = latest.of(reloaded, LocalDate.of(2026, 2, 27));

        Action templateAction = reloaded.actions().stream().filter(a -> a.getReference().equals("1.1")).findFirst().orElseThrow();
        Action trainingAction = reloaded.actions().stream().filter(a -> a.getReference().equals("1.2")).findFirst().orElseThrow();
        assertThat(inFebruary.of(templateAction)).contains(new LatestProgress.Latest(LocalDate.of(2026, 2, 28), "Template agreed and published"));
        assertThat(inJanuary.of(templateAction)).contains(new LatestProgress.Latest(LocalDate.of(2026, 1, 31), "Draft template shared"));
        assertThat(inFebruary.of(trainingAction)).isEmpty();
        assertThat(inFebruary.of(templateAction)).isEqualTo(new LatestProgress().of(reloaded, LocalDate.of(2026, 2, 28)).of(templateAction));
    }

    @Test
    @DisplayName("should find each action a user leads once, soonest deadline first, however many leads they hold")
    void findsTheActionsAUserLeads() {
        assertThat(actions.findLedBy("lead")).extracting(Action::getReference).containsExactly("1.2", "1.1", "2.1");
        assertThat(actions.findLedBy("nhslead")).extracting(Action::getReference).containsExactly("2.1");
        assertThat(actions.findLedBy("viewer")).isEmpty();
    }

    @Test
    @DisplayName("should find the actions that depend on an action")
    void findsDependents() {
        assertThat(actions.findDependents(actions.getReferenceById(template.getId())))
                .extracting(Action::getReference).containsExactlyInAnyOrder("1.2", "2.1");
        assertThat(actions.findDependents(actions.getReferenceById(training.getId()))).isEmpty();
    }

    @Test
    @DisplayName("should keep an archived action's row but hide it from the plan, its lead and its dependencies")
    void archivingHidesButKeeps() {
        actions.findById(training.getId()).orElseThrow().archive();
        entities.flush();
        entities.clear();

        ActionPlan reloaded = plans.findById(plan.getId()).orElseThrow();
        assertThat(reloaded.actions()).extracting(Action::getReference).containsExactly("1.1", "2.1");
        assertThat(reloaded.findAction("1.2")).isEmpty();
        assertThat(actions.findById(training.getId())).hasValueSatisfying(a -> assertThat(a.isArchived()).isTrue());
        assertThat(actions.count()).isEqualTo(3);
        assertThat(actions.findLedBy("lead")).extracting(Action::getReference).containsExactly("1.1", "2.1");
        assertThat(actions.findDependents(actions.getReferenceById(template.getId())))
                .extracting(Action::getReference).containsExactly("2.1");
    }

    @Test
    @DisplayName("should not list actions of an archived recommendation among a lead's actions")
    void archivedRecommendationLeavesMyActions() {
        plans.findById(plan.getId()).orElseThrow().getRecommendations().get(1).archive();
        entities.flush();
        entities.clear();

        assertThat(actions.findLedBy("nhslead")).isEmpty();
        assertThat(actions.findLedBy("lead")).extracting(Action::getReference).containsExactly("1.2", "1.1");
        assertThat(actions.count()).isEqualTo(3);
    }
}
