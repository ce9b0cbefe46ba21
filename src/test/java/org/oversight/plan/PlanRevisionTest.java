package org.oversight.plan;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;

@DisplayName("A plan's revision, moved on by every committed change to what it shows")
class PlanRevisionTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    class OnH2 extends PlanRevisionContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends PlanRevisionContract {
    }
}
