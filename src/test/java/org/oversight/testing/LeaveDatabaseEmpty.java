package org.oversight.testing;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.transaction.TestTransaction;

/**
 * After a persistence test that committed its work instead of running in the usual
 * rolled-back test transaction, empties the tables so the next test starts clean.
 * Ordered after the transaction listener so that, running in reverse on the way out, it
 * sees the test transaction before it is rolled back.
 */
public class LeaveDatabaseEmpty implements TestExecutionListener, Ordered {
    @Override
    public void afterTestMethod(TestContext testContext) {
        if (!TestTransaction.isActive()) {
            testContext.getApplicationContext().getBean(DatabaseCleanup.class).emptyAllTables();
        }
    }

    @Override
    public int getOrder() {
        return 5_000;
    }
}
