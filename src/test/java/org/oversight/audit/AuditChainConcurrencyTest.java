package org.oversight.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;

@DisplayName("Chaining the audit trail with concurrent writers")
class AuditChainConcurrencyTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    class OnH2 extends AuditChainConcurrencyContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends AuditChainConcurrencyContract {
    }
}
