package org.oversight.backup;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.FreshDatabase;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;

@DisplayName("Backup and restore of the whole database")
class BackupRoundTripTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    class OnH2 extends BackupRoundTripContract {
        @Override
        FreshDatabase emptyDatabase() {
            return FreshDatabase.onH2();
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends BackupRoundTripContract {
        @Override
        FreshDatabase emptyDatabase() {
            return FreshDatabase.onPostgres();
        }
    }
}
