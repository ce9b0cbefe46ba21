package org.oversight.governance;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;

@DisplayName("Storing boards, meetings and their business")
class GovernanceStorageTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    class OnH2 extends GovernanceStorageContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends GovernanceStorageContract {
    }
}
