package org.oversight.plan;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;
import org.springframework.test.context.TestPropertySource;

@DisplayName("Many clients changing the same actions at once")
class ConcurrentClientsTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    @TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:oversight_concurrency;DB_CLOSE_DELAY=-1;"
            + "DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000")
    class OnH2 extends ConcurrentClientsContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends ConcurrentClientsContract {
    }
}
