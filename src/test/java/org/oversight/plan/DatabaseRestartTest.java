package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.plan.PlanExamples.aCouncil;
import static org.oversight.plan.PlanExamples.anInspectionPlan;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditChain;
import org.oversight.audit.AuditTrail;
import org.oversight.audit.ChainVerification;
import org.oversight.testing.RestartablePostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writers keep posting progress while the PostgreSQL server is stopped and started again under
 * them. The application, with its production connection pool settings (the postgres profile),
 * recovers by itself, and every write it acknowledged is in the database afterwards.
 */
@DisplayName("PostgreSQL restarting while people write")
@DataJpaTest(showSql = false, properties = "oversight.demo.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = DatabaseRestartTest.OwnServer.class)
@Import({ProgressUpdates.class, AuditTrail.class, AuditChain.class, DatabaseRestartTest.SystemClock.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DatabaseRestartTest {
    private static final int WRITERS = 4;
    private static RestartablePostgres server;

    @Autowired
    private ProgressUpdates progress;
    @Autowired
    private AuditChain chain;
    @Autowired
    private PlanRepository plans;
    @Autowired
    private OrganisationRepository organisations;
    @Autowired
    private ActionRepository actions;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private PlatformTransactionManager transactionManager;

    static class OwnServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            server = RestartablePostgres.start();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("restartablePostgres", Map.of(
                    "spring.datasource.url", server.jdbcUrl(),
                    "spring.datasource.username", server.username(),
                    "spring.datasource.password", "")));
        }
    }

    @TestConfiguration
    static class SystemClock {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("should recover without help and keep every acknowledged write")
    void recoversAndKeepsAcknowledgedWrites() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getConnectionTimeout()).isLessThanOrEqualTo(10_000);
        TransactionTemplate inTransaction = new TransactionTemplate(transactionManager);
        List<Long> ids = inTransaction.execute(status -> {
            ActionPlan plan = anInspectionPlan(organisations.save(aCouncil()));
            Recommendation rec = plan.addRecommendation("1", "Improve plans", Responsibility.OURS);
            List<Action> added = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                added.add(rec.addAction("1." + (i + 1), "Action " + i));
            }
            plans.saveAndFlush(plan);
            return added.stream().map(Action::getId).toList();
        });
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger afterRestart = new AtomicInteger();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            long actionId = ids.get(w);
            int writer = w;
            writers.add(pool.submit(() -> {
                AtomicLong n = new AtomicLong();
                while (!stop.get()) {
                    String text = "Writer " + writer + " update " + n.incrementAndGet();
                    try {
                        long version = inTransaction.execute(s -> actions.findById(actionId).orElseThrow().getVersion());
                        progress.post(actionId, version, new ProgressReport(LocalDate.of(2026, 3, 31), text, RagColour.GREEN,
                                null, List.of()), "writer" + writer);
                        acknowledged.add(text);
                        if (restarted.get()) {
                            afterRestart.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        Thread.sleep(100);
                    }
                }
                return null;
            }));
        }
        Thread.sleep(2_000);
        int beforeStop = acknowledged.size();
        long stoppedAt = System.nanoTime();
        server.stop();
        Thread.sleep(2_000);
        server.startAgain();
        restarted.set(true);
        long deadline = System.currentTimeMillis() + 60_000;
        while (afterRestart.get() < 20 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        long recoveredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppedAt);
        stop.set(true);
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Set<String> stored = new HashSet<>(new JdbcTemplate(dataSource).queryForList("select text from progress_update",
                String.class));
        System.out.printf("PostgreSQL restart under load: %d writes acknowledged (%d before the stop, %d after the restart),"
                + " %d refused while it was down, 20 writes after the restart within %d ms of the stop; %d stored%n",
                acknowledged.size(), beforeStop, afterRestart.get(), failed.get(), recoveredMillis, stored.size());
        assertThat(beforeStop).isPositive();
        assertThat(afterRestart.get()).as("writes acknowledged after the restart, with no one resetting the pool")
                .isGreaterThanOrEqualTo(20);
        assertThat(stored).as("every acknowledged write").containsAll(acknowledged);
        ChainVerification verification = inTransaction.execute(status -> chain.verify());
        assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
    }
}
