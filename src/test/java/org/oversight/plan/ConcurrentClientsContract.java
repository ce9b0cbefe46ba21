package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.plan.PlanExamples.aCouncil;
import static org.oversight.plan.PlanExamples.anInspectionPlan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditChain;
import org.oversight.audit.AuditTrail;
import org.oversight.audit.ChainVerification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many clients, each on its own thread, change the same few actions through the services the
 * pages and the API use. In every round all clients first read the action's version, then all
 * write at once: exactly one write per action and round is acknowledged, every other is refused
 * with a conflict, nothing acknowledged is missing afterwards and nothing refused is present.
 * These tests commit real transactions; the tables are emptied after each.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ProgressUpdates.class, ActionRevisions.class, AuditTrail.class, AuditChain.class,
        ConcurrentClientsContract.SystemClock.class})
abstract class ConcurrentClientsContract {
    private static final int CLIENTS = 8;
    private static final int ROUNDS = 10;
    private static final int ACTIONS = 3;
    private static final String GENESIS = "0".repeat(64);

    @Autowired
    private ProgressUpdates progress;
    @Autowired
    private ActionRevisions revisions;
    @Autowired
    private AuditChain chain;
    @Autowired
    private PlanRepository plans;
    @Autowired
    private OrganisationRepository organisations;
    @Autowired
    private ActionRepository actions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private TransactionTemplate inTransaction;
    private List<Long> actionIds;

    @TestConfiguration
    static class SystemClock {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    /** What one client tried: which action, in which round, what it wrote, and what it was told. */
    record Attempt(int client, int round, long actionId, String kind, String marker, String outcome) {
        boolean acknowledged() {
            return outcome.equals("ACKNOWLEDGED");
        }
    }

    @BeforeEach
    void storeActions() {
        jdbc.update("delete from audit_chain_head");
        jdbc.update("insert into audit_chain_head (id, last_position, last_hash) values (1, 0, ?)", GENESIS);
        inTransaction = new TransactionTemplate(transactionManager);
        actionIds = inTransaction.execute(status -> {
            ActionPlan plan = anInspectionPlan(organisations.save(aCouncil()));
            Recommendation rec = plan.addRecommendation("1", "Improve plans", Responsibility.OURS);
            List<Action> added = new ArrayList<>();
            for (int i = 1; i <= ACTIONS; i++) {
                Action action = rec.addAction("1." + i, "Action " + i);
                action.setTimescale(PlanExamples.byEndOf("June 2026"), LocalDate.of(2026, 6, 30));
                added.add(action);
            }
            plans.saveAndFlush(plan);
            return added.stream().map(Action::getId).toList();
        });
    }

    @Test
    @DisplayName("should acknowledge exactly one of the clients that saw the same version, refuse the rest, and lose nothing")
    void concurrentClientsLoseNoUpdate() throws Exception {
        List<Attempt> attempts = runClients();

        List<Attempt> acknowledged = attempts.stream().filter(Attempt::acknowledged).toList();
        List<Attempt> refused = attempts.stream().filter(a -> !a.acknowledged()).toList();
        Map<String, Long> outcomes = attempts.stream().collect(Collectors.groupingBy(Attempt::outcome, Collectors.counting()));
        System.out.printf("Concurrent clients on %s: %d attempts, %s%n", engine(), attempts.size(), outcomes);

        assertThat(attempts).hasSize(CLIENTS * ROUNDS);
        assertThat(outcomes.keySet()).as("every write is acknowledged or refused as changed meanwhile")
                .isSubsetOf(Set.of("ACKNOWLEDGED", "ActionChangedMeanwhile"));
        Map<String, Long> winners = acknowledged.stream()
                .collect(Collectors.groupingBy(a -> a.round() + "/" + a.actionId(), Collectors.counting()));
        long contested = attempts.stream().map(a -> a.round() + "/" + a.actionId()).distinct().count();
        assertThat(winners).as("one write per action and round").hasSize((int) contested).allSatisfy((k, n) -> assertThat(n).isOne());
        assertThat(refused).hasSize(attempts.size() - (int) contested);

        for (long id : actionIds) {
            assertStored(id, attempts.stream().filter(a -> a.actionId() == id).toList());
        }
        ChainVerification verification = inTransaction.execute(status -> chain.verify());
        assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
        assertThat(verification.checked()).isEqualTo(acknowledged.size());
    }

    private void assertStored(long id, List<Attempt> attempts) {
        record Stored(long version, Set<String> updates, Set<String> deadlineReasons, String overrideReason) {
        }
        Stored stored = inTransaction.execute(status -> {
            Action a = actions.findById(id).orElseThrow();
            return new Stored(a.getVersion(),
                    a.getUpdates().stream().map(ProgressUpdate::getText).collect(Collectors.toSet()),
                    a.getDeadlineChanges().stream().map(DeadlineChange::getReason).collect(Collectors.toSet()),
                    a.getOverride().map(RagOverride::getReason).orElse(null));
        });
        List<Attempt> won = attempts.stream().filter(Attempt::acknowledged).toList();
        assertThat(stored.version()).as("action %d: a new version for each acknowledged write", id)
                .isGreaterThanOrEqualTo(won.size());
        assertThat(stored.updates()).as("action %d: progress updates", id).containsExactlyInAnyOrderElementsOf(
                markers(won, "progress"));
        assertThat(stored.deadlineReasons()).as("action %d: deadline moves", id).containsExactlyInAnyOrderElementsOf(
                markers(won, "deadline"));
        List<String> overrides = markers(won, "override");
        if (!overrides.isEmpty()) {
            Attempt last = won.stream().filter(a -> a.kind().equals("override")).reduce((x, y) -> y).orElseThrow();
            assertThat(stored.overrideReason()).as("action %d: the latest override stands", id).isEqualTo(last.marker());
        }
        Long audited = jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Action' and entity_id = ?",
                Long.class, id);
        assertThat(audited).as("action %d: one audit entry per acknowledged write", id).isEqualTo(won.size());
    }

    private static List<String> markers(List<Attempt> attempts, String kind) {
        return attempts.stream().filter(a -> a.kind().equals(kind)).map(Attempt::marker).toList();
    }

    private List<Attempt> runClients() throws Exception {
        CyclicBarrier allRead = new CyclicBarrier(CLIENTS);
        CyclicBarrier allWrote = new CyclicBarrier(CLIENTS);
        List<Attempt> attempts = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Throwable> unexpected = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    long actionId = actionIds.get((client + round) % ACTIONS);
                    long seen = inTransaction.execute(status -> actions.findById(actionId).orElseThrow().getVersion());
                    allRead.await(60, TimeUnit.SECONDS);
                    attempts.add(write(client, round, actionId, seen, unexpected));
                    allWrote.await(60, TimeUnit.SECONDS);
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get(180, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(unexpected).as("errors other than a conflict").isEmpty();
        return attempts;
    }

    private Attempt write(int client, int round, long actionId, long seen, Map<Integer, Throwable> unexpected) {
        String kind = switch ((client + round) % 4) {
            case 0, 1 -> "progress";
            case 2 -> "deadline";
            default -> "override";
        };
        String marker = kind + " by client " + client + " in round " + round;
        try {
            switch (kind) {
                case "progress" -> progress.post(actionId, seen, new ProgressReport(LocalDate.of(2026, 3, 31), marker,
                        RagColour.AMBER, round % 2 == 0 ? ActionStatus.IN_PROGRESS : null, List.of()), "client" + client);
                case "deadline" -> revisions.moveDeadline(actionId, seen, LocalDate.of(2026, 7, 1).plusDays(round * 10L + client),
                        "Improvement board", marker, "client" + client);
                default -> revisions.overrideRag(actionId, seen, RagColour.RED, marker, "client" + client);
            }
            return new Attempt(client, round, actionId, kind, marker, "ACKNOWLEDGED");
        } catch (ActionChangedMeanwhile e) {
            return new Attempt(client, round, actionId, kind, marker, "ActionChangedMeanwhile");
        } catch (RuntimeException e) {
            unexpected.put(client * 1000 + round, e);
            return new Attempt(client, round, actionId, kind, marker, "UNEXPECTED " + e);
        }
    }

    private String engine() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " ("
                + c.getMetaData().getURL() + ")");
    }
}
