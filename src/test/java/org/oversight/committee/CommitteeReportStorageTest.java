package org.oversight.committee;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;

@DisplayName("Storing committee reports and their clearance")
class CommitteeReportStorageTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    class OnH2 extends CommitteeReportStorageContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends CommitteeReportStorageContract {
    }
}
