package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.oversight.plan.PlanExamples.MONDAY_MORNING;
import static org.oversight.plan.PlanExamples.aCouncil;
import static org.oversight.plan.PlanExamples.aReport;
import static org.oversight.plan.PlanExamples.aRole;
import static org.oversight.plan.PlanExamples.anInspectionPlan;
import static org.oversight.plan.PlanExamples.byEndOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.timescale.TimescaleKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

/** An action's leads, dependencies, deadline history and progress survive storage unchanged. */
@Transactional
abstract class ActionStorageContract {
    private static final LocalDate END_OF_MARCH = LocalDate.of(2026, 3, 31);
    @Autowired
    private TestEntityManager entities;
    @Autowired
    private PlanRepository plans;
    @Autowired
    private ActionRepository actions;

    private Lead headOfService;
    private Lead designatedNurse;
    private Lead partnership;
    private ActionPlan plan;
    private Workstream practice;

    @BeforeEach
    void storeAPlanAndItsLeads() {
        Organisation council = entities.persist(aCouncil());
        Organisation nhs = entities.persist(new Organisation("Northshire Integrated Care Board", OrganisationKind.NHS));
        headOfService = entities.persist(aRole("Head of Service, Children in Need", council, "lead"));
        designatedNurse = entities.persist(aRole("Designated Nurse for Safeguarding", nhs, "nhslead"));
        partnership = entities.persist(new Lead(LeadKind.BODY, "Safeguarding Children Partnership", null));
        plan = anInspectionPlan(council);
        practice = plan.addWorkstream("1", "Practice quality", headOfService, null);
        plan.addRecommendation("1", "Improve the quality of plans", Responsibility.OURS);
        plan.addRecommendation("2", "Health assessments on time", Responsibility.PARTNER);
    }

    @Test
    @DisplayName("should keep what an action is, its timescale and an override with its reason")
    void keepsTheActionItself() {
        Action action = recommendation(0).addAction("1.1", "Introduce a new plan template");
        action.describe("Introduce a new plan template", "Plans are SMART", "Audit scores");
        action.prioritise(Priority.HIGH);
        action.startOn(LocalDate.of(2026, 1, 12));
        action.setTimescale(byEndOf("End of March 2026"), END_OF_MARCH);
        action.overrideRag(RagColour.AMBER, "Template agreed but not yet in use", "manager", MONDAY_MORNING);

        Action stored = storeAndReload("1.1");

        assertThat(stored.getOutcomes()).isEqualTo("Plans are SMART");
        assertThat(stored.getMeasures()).isEqualTo("Audit scores");
        assertThat(stored.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(stored.getStartDate()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(stored.getTimescale().getText()).isEqualTo("End of March 2026");
        assertThat(stored.getTimescale().getKind()).isEqualTo(TimescaleKind.DATE);
        assertThat(stored.getDueDate()).isEqualTo(END_OF_MARCH);
        assertThat(stored.getOverride()).hasValueSatisfying(o -> {
            assertThat(o.getColour()).isEqualTo(RagColour.AMBER);
            assertThat(o.getReason()).isEqualTo("Template agreed but not yet in use");
            assertThat(o.getAt()).isEqualTo(MONDAY_MORNING);
        });
    }

    @Test
    @DisplayName("should keep several leads in the order given, and a new order when changed")
    void keepsLeadsInOrder() {
        recommendation(1).addAction("2.1", "Health assessments within 20 days")
                .ledBy(List.of(designatedNurse, headOfService, partnership));

        Action stored = storeAndReload("2.1");
        assertThat(stored.getLeads()).extracting(Lead::getName).containsExactly(
                "Designated Nurse for Safeguarding", "Head of Service, Children in Need",
                "Safeguarding Children Partnership");

        stored.ledBy(List.of(partnership, designatedNurse));
        assertThat(reload(stored).getLeads()).extracting(Lead::getName)
                .containsExactly("Safeguarding Children Partnership", "Designated Nurse for Safeguarding");
    }

    @Test
    @DisplayName("should keep dependencies on another action, a workstream and an external event")
    void keepsDependencies() {
        Action template = recommendation(0).addAction("1.1", "Introduce a new plan template");
        Action training = recommendation(0).addAction("1.2", "Train staff in the template");
        training.dependOn(template);
        training.dependOn(practice);
        training.waitFor("Regional training framework published");

        Action stored = storeAndReload("1.2");

        assertThat(stored.getDependencies()).extracting(ActionDependency::getKind, ActionDependency::describe)
                .containsExactlyInAnyOrder(tuple(DependencyKind.ACTION, "Action 1.1"),
                        tuple(DependencyKind.WORKSTREAM, "Workstream 1: Practice quality"),
                        tuple(DependencyKind.EXTERNAL, "Regional training framework published"));
        assertThat(stored.getExternalEvent()).isEqualTo("Regional training framework published");
        assertThat(actions.findDependents(actions.getReferenceById(template.getId())))
                .extracting(Action::getReference).containsExactly("1.2");
    }

    @Test
    @DisplayName("should keep the original due date and every move with who agreed it and why")
    void keepsDeadlineHistory() {
        Action action = recommendation(0).addAction("1.1", "Introduce a new plan template");
        action.setTimescale(byEndOf("End of March 2026"), END_OF_MARCH);
        action.moveDeadline(LocalDate.of(2026, 5, 31), "Director of Children's Services",
                "Consultation with staff took longer", "manager", MONDAY_MORNING);
        action.moveDeadline(LocalDate.of(2026, 6, 30), "Improvement Board", "Waiting for the new system",
                "manager", MONDAY_MORNING.plus(Duration.ofDays(30)));

        Action stored = storeAndReload("1.1");

        assertThat(stored.getOriginalDue()).isEqualTo(END_OF_MARCH);
        assertThat(stored.getDueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(stored.deadlineMoves()).isEqualTo(2);
        assertThat(stored.getDeadlineChanges()).extracting(DeadlineChange::getPreviousDue, DeadlineChange::getNewDue,
                        DeadlineChange::getAgreedBy, DeadlineChange::getReason, DeadlineChange::getChangedBy)
                .containsExactly(
                        tuple(END_OF_MARCH, LocalDate.of(2026, 5, 31), "Director of Children's Services",
                                "Consultation with staff took longer", "manager"),
                        tuple(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30), "Improvement Board",
                                "Waiting for the new system", "manager"));
        assertThat(stored.getDeadlineChanges().get(0).getChangedAt()).isEqualTo(MONDAY_MORNING);
    }

    @Test
    @DisplayName("should keep progress updates in date order with their evidence links in order")
    void keepsProgressUpdatesAndEvidence() {
        Action action = recommendation(0).addAction("1.1", "Introduce a new plan template");
        action.recordProgress(aReport(LocalDate.of(2026, 6, 30), "Template in use in all teams", RagColour.GREEN,
                ActionStatus.COMPLETE, new EvidenceLink("Audit summary", "https://example.org/audit"),
                new EvidenceLink("Team briefing notes", null),
                new EvidenceLink("Template v2", "https://example.org/template")), "lead", MONDAY_MORNING);
        action.recordProgress(aReport(LocalDate.of(2026, 3, 31), "Template drafted", RagColour.AMBER,
                ActionStatus.IN_PROGRESS), "lead", MONDAY_MORNING.minus(Duration.ofDays(60)));

        Action stored = storeAndReload("1.1");

        assertThat(stored.getUpdates()).extracting(ProgressUpdate::getAsAt, ProgressUpdate::getRag)
                .containsExactly(tuple(END_OF_MARCH, RagColour.AMBER), tuple(LocalDate.of(2026, 6, 30), RagColour.GREEN));
        ProgressUpdate latest = stored.latestUpdate().orElseThrow();
        assertThat(latest.getAuthor()).isEqualTo("lead");
        assertThat(latest.getStatusAfter()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(latest.getRecordedAt()).isEqualTo(MONDAY_MORNING);
        assertThat(latest.getEvidence()).extracting(EvidenceLink::getLabel, EvidenceLink::getUrl).containsExactly(
                tuple("Audit summary", "https://example.org/audit"), tuple("Team briefing notes", null),
                tuple("Template v2", "https://example.org/template"));
    }

    private Recommendation recommendation(int index) {
        return plan.getRecommendations().get(index);
    }

    private Action storeAndReload(String reference) {
        plans.save(plan);
        entities.flush();
        entities.clear();
        return plans.findById(plan.getId()).orElseThrow().findAction(reference).orElseThrow();
    }

    private Action reload(Action action) {
        entities.flush();
        entities.clear();
        return actions.findById(action.getId()).orElseThrow();
    }
}
