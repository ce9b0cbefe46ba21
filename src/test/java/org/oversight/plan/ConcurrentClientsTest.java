package org.oversight.plan;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;

@DisplayName("Many clients changing the same actions at once")
class ConcurrentClientsTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    class OnH2 extends ConcurrentClientsContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends ConcurrentClientsContract {
    }
}
