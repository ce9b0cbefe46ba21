package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.oversight.plan.PlanExamples.aCouncil;
import static org.oversight.plan.PlanExamples.aRole;
import static org.oversight.plan.PlanExamples.anInspectionPlan;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

/** A plan, its legend, rounds, workstreams and recommendations survive storage unchanged. */
@Transactional
abstract class PlanStorageContract {
    @Autowired
    private TestEntityManager entities;
    @Autowired
    private PlanRepository plans;

    @Test
    @DisplayName("should keep a plan's source, period, cadence, owner and publication")
    void keepsThePlanItself() {
        ActionPlan stored = storeAndReload(anInspectionPlan(saved(aCouncil())));

        assertThat(stored.getTitle()).isEqualTo("Improving help and protection");
        assertThat(stored.getSource()).isEqualTo("Inspection of local authority children's services");
        assertThat(stored.getSourceDate()).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThat(stored.getPeriodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(stored.getPeriodEnd()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(stored.getUpdateCadence()).isEqualTo(Period.ofWeeks(6));
        assertThat(stored.getOwner().getName()).isEqualTo("Northshire County Council");
        assertThat(stored.isPublished()).isTrue();
        assertThat(plans.findByPublishedTrueAndArchivedFalseOrderByTitle()).extracting(ActionPlan::getId)
                .containsExactly(stored.getId());
    }

    @Test
    @DisplayName("should keep the legend in its order and the colour that means complete")
    void keepsTheLegendInOrder() {
        ActionPlan stored = storeAndReload(anInspectionPlan(saved(aCouncil())));

        assertThat(stored.getLegend()).extracting(RagLegendEntry::getColour, RagLegendEntry::getMeaning)
                .containsExactly(tuple(RagColour.BLUE, "Complete"), tuple(RagColour.GREEN, "On track"),
                        tuple(RagColour.AMBER, "Some slippage"), tuple(RagColour.RED, "Off track"));
        assertThat(stored.getCompleteColour()).isEqualTo(RagColour.BLUE);
    }

    @Test
    @DisplayName("should keep the progress rounds in date order, whatever order they were added in")
    void keepsRoundsInDateOrder() {
        ActionPlan stored = storeAndReload(anInspectionPlan(saved(aCouncil())));

        assertThat(stored.getRounds()).containsExactly(LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30));
        assertThat(stored.latestRound()).contains(LocalDate.of(2026, 9, 30));
    }

    @Test
    @DisplayName("should keep workstreams in order with their lead, key aim and numbered key deliverables")
    void keepsWorkstreamsAndKeyDeliverables() {
        Organisation council = saved(aCouncil());
        Lead director = saved(aRole("Director of Children's Services", council, null));
        ActionPlan plan = anInspectionPlan(council);
        Workstream practice = plan.addWorkstream("1", "Practice quality", director, "Every child seen and heard");
        practice.addDeliverable("1.a", "Audits show good practice in most cases");
        practice.addDeliverable("1.b", "Supervision is regular and reflective");
        practice.addDeliverable("1.c", "Plans are specific and timely");
        plan.addWorkstream("2", "Workforce", null, "A stable, skilled workforce");

        ActionPlan stored = storeAndReload(plan);

        assertThat(stored.getWorkstreams()).extracting(Workstream::getNumber, Workstream::getTitle)
                .containsExactly(tuple("1", "Practice quality"), tuple("2", "Workforce"));
        Workstream first = stored.getWorkstreams().get(0);
        assertThat(first.getLead().getName()).isEqualTo("Director of Children's Services");
        assertThat(first.getKeyAim()).isEqualTo("Every child seen and heard");
        assertThat(first.getDeliverables()).extracting(KeyDeliverable::getNumber).containsExactly("1.a", "1.b", "1.c");
        assertThat(first.getDeliverables().get(1).getText()).isEqualTo("Supervision is regular and reflective");
    }

    @Test
    @DisplayName("should keep recommendations in order with theme, response, responsibility and workstream")
    void keepsRecommendations() {
        ActionPlan plan = anInspectionPlan(saved(aCouncil()));
        Workstream practice = plan.addWorkstream("1", "Practice quality", null, null);
        Recommendation first = plan.addRecommendation("1", "Improve the quality of plans", Responsibility.OURS);
        first.revise("Improve the quality of plans", "Planning", "Accepted: new plan template by June",
                Responsibility.OURS);
        first.placeIn(practice);
        plan.addRecommendation("2", "Health assessments on time", Responsibility.PARTNER);

        ActionPlan stored = storeAndReload(plan);

        assertThat(stored.getRecommendations()).extracting(Recommendation::getNumber, Recommendation::getResponsibility)
                .containsExactly(tuple("1", Responsibility.OURS), tuple("2", Responsibility.PARTNER));
        Recommendation reloaded = stored.getRecommendations().get(0);
        assertThat(reloaded.getTheme()).isEqualTo("Planning");
        assertThat(reloaded.getResponse()).isEqualTo("Accepted: new plan template by June");
        assertThat(reloaded.getWorkstream().getTitle()).isEqualTo("Practice quality");
    }

    @Test
    @DisplayName("should hide an archived recommendation and its actions but keep their rows")
    void archivingARecommendationKeepsItsRows() {
        ActionPlan plan = anInspectionPlan(saved(aCouncil()));
        Recommendation kept = plan.addRecommendation("1", "Improve plans", Responsibility.OURS);
        kept.addAction("1.1", "New plan template");
        Recommendation dropped = plan.addRecommendation("2", "Out of scope", Responsibility.NATIONAL);
        dropped.addAction("2.1", "Write to the department");
        ActionPlan stored = storeAndReload(plan);

        stored.getRecommendations().get(1).archive();
        ActionPlan reloaded = reload(stored);

        assertThat(reloaded.getRecommendations()).extracting(Recommendation::getNumber).containsExactly("1");
        assertThat(reloaded.actions()).extracting(Action::getReference).containsExactly("1.1");
        assertThat(count("recommendation")).isEqualTo(2);
        assertThat(count("plan_action")).isEqualTo(2);
    }

    private <T> T saved(T entity) {
        return entities.persist(entity);
    }

    private ActionPlan storeAndReload(ActionPlan plan) {
        return reload(plans.save(plan));
    }

    private ActionPlan reload(ActionPlan plan) {
        entities.flush();
        entities.clear();
        return plans.findById(plan.getId()).orElseThrow();
    }

    private long count(String table) {
        return ((Number) entities.getEntityManager().createNativeQuery("select count(*) from " + table)
                .getSingleResult()).longValue();
    }
}
