package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list queries filter in the database: among many plans of other councils, someone of one
 * council gets their council's plans, the plans of no organisation, and the plans in which they
 * hold a lead on a live action; nothing else.
 */
@Transactional
abstract class PlanReachContract {
    private static final int OTHER_COUNCILS_PLANS = 40;
    @Autowired
    private TestEntityManager entities;
    @Autowired
    private PlanRepository plans;
    @Autowired
    private UpdateRoundRepository rounds;
    private Organisation northshire;
    private Organisation southshire;
    private Organisation trust;

    @BeforeEach
    void manyPlansOfOtherCouncils() {
        northshire = entities.persist(new Organisation("Northshire County Council", OrganisationKind.COUNCIL));
        southshire = entities.persist(new Organisation("Southshire County Council", OrganisationKind.COUNCIL));
        trust = entities.persist(new Organisation("Northshire NHS Trust", OrganisationKind.NHS));
        for (int i = 0; i < OTHER_COUNCILS_PLANS; i++) {
            ActionPlan other = plan("Southshire plan " + i, southshire, i % 2 == 0);
            entities.persist(new UpdateRound(other, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 14), Instant.EPOCH));
        }
        plan("Northshire improvement plan", northshire, false);
        plan("Imported plan", null, false);
    }

    @Test
    @DisplayName("should give someone of a council its plans and those of no organisation, not other councils' (published or not)")
    void ownAndUnowned() {
        assertThat(titles(plans.findWithinReach(northshire.getId(), "alex.reid")))
                .containsExactly("Imported plan", "Northshire improvement plan");
        assertThat(plans.findByArchivedFalseOrderByTitle()).hasSize(OTHER_COUNCILS_PLANS + 2);
    }

    @Test
    @DisplayName("should add another organisation's plan in which the person holds a lead on a live action")
    void partnerLead() {
        southernActionLedBy("sam.okafor", false);

        assertThat(titles(plans.findWithinReach(trust.getId(), "sam.okafor")))
                .containsExactly("Imported plan", "Southshire partnership plan");
        assertThat(titles(plans.findWithinReach(trust.getId(), "someone.else"))).containsExactly("Imported plan");
    }

    @Test
    @DisplayName("should not count a lead on an archived action")
    void archivedActionLeadDoesNotCount() {
        southernActionLedBy("sam.okafor", true);

        assertThat(titles(plans.findWithinReach(trust.getId(), "sam.okafor"))).containsExactly("Imported plan");
    }

    @Test
    @DisplayName("should give the open rounds of the plans within reach only")
    void openRounds() {
        ActionPlan own = plans.findWithinReach(northshire.getId(), "alex.reid").get(1);
        entities.persistAndFlush(new UpdateRound(own, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 14), Instant.EPOCH));

        assertThat(rounds.findOpenWithinReach(northshire.getId(), "alex.reid")).extracting(r -> r.getPlan().getTitle())
                .containsExactly("Northshire improvement plan");
        assertThat(rounds.findOpen()).hasSize(OTHER_COUNCILS_PLANS + 1);
    }

    /** Another council's plan with one action whose lead (of the trust) the user holds. */
    private void southernActionLedBy(String username, boolean archived) {
        ActionPlan southern = plan("Southshire partnership plan", southshire, false);
        Lead nurse = entities.persist(PlanExamples.aRole("Designated Nurse", trust, username));
        Action action = southern.addRecommendation("1", "Health checks", Responsibility.PARTNER).addAction("1.1", "Audit");
        action.ledBy(List.of(nurse));
        if (archived) {
            action.archive();
        }
        entities.persistAndFlush(southern);
    }

    private ActionPlan plan(String title, Organisation owner, boolean published) {
        ActionPlan plan = new ActionPlan(title, owner, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31));
        plan.publish(published);
        return entities.persist(plan);
    }

    private static List<String> titles(List<ActionPlan> found) {
        return found.stream().map(ActionPlan::getTitle).toList();
    }
}
