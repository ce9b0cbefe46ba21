package org.oversight.notification.internal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;

@DisplayName("Storing notifications, preferences, the outbox and scheduler locks")
class NotificationStorageTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    class OnH2 extends NotificationStorageContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    class OnPostgres extends NotificationStorageContract {
    }
}
