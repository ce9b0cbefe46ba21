package org.oversight.reporting.internal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;

@DisplayName("Storing issued report packs")
class IssuedPackStorageTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    class OnH2 extends IssuedPackStorageContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends IssuedPackStorageContract {
    }
}
