package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many writers appending at once still make one unbroken chain: each takes the end of the
 * chain in turn. These tests commit real transactions; the tables are emptied after each.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({AuditTrail.class, AuditChain.class})
abstract class AuditChainConcurrencyContract {
    private static final int WRITERS = 6;
    private static final int ENTRIES_EACH = 15;
    @Autowired
    private AuditTrail trail;
    @Autowired
    private AuditChain chain;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private JdbcTemplate jdbc;

    /** The state a fresh database is migrated to (the tables are emptied after every test). */
    @BeforeEach
    void startAnEmptyChain() {
        jdbc.update("delete from audit_chain_head");
        jdbc.update("insert into audit_chain_head (id, last_position, last_hash) values (1, 0, ?)", AuditHash.GENESIS);
    }

    @Test
    @DisplayName("should give every entry its own place, each pointing to the one before, with threads writing at once")
    void concurrentWritersMakeOneChain() throws Exception {
        TransactionTemplate inTransaction = new TransactionTemplate(transactionManager);
        inTransaction.setTimeout(60);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            long entity = 100 + writer;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < ENTRIES_EACH; i++) {
                    int n = i;
                    inTransaction.executeWithoutResult(status -> {
                        trail.record("Action", entity, "PROGRESS_UPDATE", "Update " + n, null, null);
                        trail.record("Action", entity, "RAG_OVERRIDE", "Override " + n, null, null);
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : done) {
            writer.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long total = WRITERS * ENTRIES_EACH * 2L;
        ChainVerification verification = inTransaction.execute(status -> chain.verify());
        assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
        assertThat(verification.checked()).isEqualTo(total);
        assertThat(jdbc.queryForObject("select count(distinct chain_position) from audit_entry", Long.class))
                .isEqualTo(total);
        assertThat(jdbc.queryForObject("select max(chain_position) from audit_entry", Long.class)).isEqualTo(total);
    }

    @Test
    @DisplayName("should start a new chain when the end-of-chain row is missing from an empty trail")
    void restartsFromEmpty() {
        TransactionTemplate inTransaction = new TransactionTemplate(transactionManager);
        jdbc.update("delete from audit_chain_head");
        inTransaction.executeWithoutResult(status -> trail.record("Plan", 1L, "CREATE", "First", null, null));
        inTransaction.executeWithoutResult(status -> trail.record("Plan", 1L, "EDIT", "Second", null, null));

        ChainVerification verification = inTransaction.execute(status -> chain.verify());
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isEqualTo(2);
    }
}
