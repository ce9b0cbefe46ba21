package org.oversight.plan;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;

@DisplayName("Listing the plans within an organisation's reach")
class PlanReachTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    class OnH2 extends PlanReachContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends PlanReachContract {
    }
}
