package org.oversight.plan;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;

@DisplayName("Counting plans' standings from narrow rows")
class PlanCountsTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    class OnH2 extends PlanCountsContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends PlanCountsContract {
    }
}
