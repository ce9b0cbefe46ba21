package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * An update round, the snapshot its closing fixes, and who has updated survive storage
 * unchanged, through the same service the application uses.
 */
@Transactional
@Import({UpdateRounds.class, PlanAssessor.class, AuditTrail.class, RoundStorageContract.FixedClock.class})
abstract class RoundStorageContract {
    static final Instant NOW = Instant.parse("2026-04-14T09:30:00Z");
    private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);
    private static final LocalDate DUE = LocalDate.of(2026, 4, 9);
    @Autowired
    private TestEntityManager entities;
    @Autowired
    private UpdateRounds rounds;
    @Autowired
    private UpdateRoundRepository repository;
    @Autowired
    private PlanRepository plans;
    @Autowired
    private OrganisationRepository organisations;
    @Autowired
    private LeadRepository leads;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlanAssessor assessor;
    private ActionPlan plan;

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void storeAPlan() {
        PlanFixtures fixtures = new PlanFixtures();
        plan = fixtures.save(organisations, leads, plans, fixtures.aPlanWithOverdueActions()).get(0);
    }

    @Test
    @DisplayName("should keep an open round's dates and open it only once for the same date")
    void keepsAnOpenRound() {
        long id = rounds.open(plan.getId(), AS_AT, DUE).getId();
        assertThat(rounds.open(plan.getId(), AS_AT, DUE).getId()).isEqualTo(id);
        clear();

        UpdateRound stored = rounds.find(id);
        assertThat(stored.getPlan().getId()).isEqualTo(plan.getId());
        assertThat(stored.getAsAt()).isEqualTo(AS_AT);
        assertThat(stored.getDueOn()).isEqualTo(DUE);
        assertThat(stored.getOpenedAt()).isEqualTo(NOW);
        assertThat(stored.isClosed()).isFalse();
        assertThat(stored.getSnapshot()).isEmpty();
        assertThat(rounds.of(stored.getPlan())).extracting(UpdateRound::getId).containsExactly(id);
    }

    @Test
    @DisplayName("should refuse a second round of the same plan as at the same date")
    void refusesTwoRoundsForOneDate() {
        repository.saveAndFlush(new UpdateRound(plan, AS_AT, DUE, NOW));
        assertThatThrownBy(() -> repository.saveAndFlush(new UpdateRound(plan, AS_AT, DUE.plusDays(1), NOW)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @DisplayName("should list open rounds of live plans only, the soonest due first")
    void listsOpenRoundsSoonestDueFirst() {
        long later = rounds.open(plan.getId(), AS_AT, DUE).getId();
        long sooner = rounds.open(plan.getId(), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 6)).getId();
        long closed = rounds.open(plan.getId(), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 6)).getId();
        rounds.close(closed, "Priya Shah");
        clear();
        assertThat(rounds.open()).extracting(UpdateRound::getId).containsExactly(sooner, later);

        jdbc.update("update action_plan set archived = true where id = ?", plan.getId());
        clear();
        assertThat(rounds.open()).isEmpty();
    }

    @Test
    @DisplayName("should tell who has updated from the stored progress updates")
    void tellsWhoHasUpdatedAfterReloading() {
        long id = rounds.open(plan.getId(), LocalDate.of(2026, 3, 14), DUE).getId();
        clear();

        RoundReturns returns = rounds.returnsOf(rounds.find(id));
        assertThat(returns.actions()).extracting(r -> r.action().getReference() + " " + r.updated())
                .containsExactly("1.1 false", "2.1 true", "2.2 false");
        assertThat(returns.outstandingByLead()).containsEntry("lead", List.of("1.1", "2.2"))
                .containsEntry("nhslead", List.of("2.2"));
        assertThat(rounds.openFor("nhslead")).hasSize(1);
        assertThat(rounds.openFor("someone-else")).isEmpty();
    }

    @Test
    @DisplayName("should keep the snapshot a closed round fixed, in order, with the round's date added to the plan")
    void keepsTheClosedSnapshot() {
        long id = rounds.open(plan.getId(), AS_AT, DUE).getId();
        rounds.close(id, "Priya Shah");
        clear();

        UpdateRound stored = rounds.find(id);
        assertThat(stored.isClosed()).isTrue();
        assertThat(stored.getClosedAt()).isEqualTo(NOW);
        assertThat(stored.getClosedBy()).isEqualTo("Priya Shah");
        assertThat(stored.getSnapshot()).extracting(s -> s.getReference() + " " + s.getRag() + " " + s.getStatus()
                        + " " + s.isUpdated())
                .containsExactly("1.1 RED IN_PROGRESS false", "1.2 GREEN COMPLETE true", "2.1 AMBER IN_PROGRESS false",
                        "2.2 GREEN NOT_STARTED false");
        assertThat(stored.getSnapshot().get(0).getHeadline()).startsWith("Deadline of 31 January 2026 passed");
        assertThat(stored.getSnapshot()).allMatch(s -> s.getActionId() > 0);
        assertThat(plans.findById(plan.getId()).orElseThrow().getRounds()).contains(AS_AT);
        assertThatThrownBy(() -> rounds.close(id, "Again")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("should close a round whose actions have the longest references and reasons the plan allows")
    void closesWithLongestTexts() {
        Action a = plan.findAction("2.2").orElseThrow();
        String reference = "2.2." + "9".repeat(36);
        a.renumber(reference);
        a.setTimescale(new ActionTimescale("w".repeat(1000), org.oversight.timescale.TimescaleKind.UNKNOWN, null, null), null);
        plans.flush();
        long id = rounds.open(plan.getId(), AS_AT, DUE).getId();
        rounds.close(id, "Priya Shah");
        clear();

        RoundSnapshotEntry entry = rounds.find(id).getSnapshot().get(3);
        assertThat(entry.getReference()).isEqualTo(reference);
        assertThat(entry.getHeadline()).contains("w".repeat(1000));
    }

    @Test
    @DisplayName("should assess as at a closed round's date as the round fixed it, whatever is recorded later")
    void assessesAsAtAClosedRoundFromItsSnapshot() {
        long id = rounds.open(plan.getId(), AS_AT, DUE).getId();
        rounds.close(id, "Priya Shah");
        plan.findAction("1.1").orElseThrow().recordProgress(new ProgressReport(AS_AT, "Late news: the audit finished",
                RagColour.GREEN, ActionStatus.COMPLETE, List.of()), "Sam Lead", NOW);
        clear();

        ActionPlan stored = plans.findById(plan.getId()).orElseThrow();
        Action audit = stored.findAction("1.1").orElseThrow();
        StatusAssessment fixed = assessor.assess(stored, AS_AT).of(audit);
        assertThat(fixed.rag()).isEqualTo(RagColour.RED);
        assertThat(fixed.has(StatusRule.OVERDUE)).isTrue();
        assertThat(fixed.headline()).startsWith("Deadline of 31 January 2026 passed");
        assertThat(assessor.assess(stored, AS_AT.plusDays(1)).of(audit).has(StatusRule.COMPLETE)).isTrue();
        assertThat(new PlanAssessor().assess(stored, AS_AT).of(audit).has(StatusRule.COMPLETE)).isTrue();
    }

    private void clear() {
        entities.flush();
        entities.clear();
    }
}
