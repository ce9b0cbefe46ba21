package org.oversight.sharing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;

@DisplayName("Keeping groups and what councils share with them")
class SharingStorageTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    class OnH2 extends SharingStorageContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends SharingStorageContract {
    }
}
