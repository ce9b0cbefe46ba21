package org.oversight.importing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.audit.AuditTrail;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;
import org.springframework.context.annotation.Import;

@DisplayName("Imports are all or nothing")
class ImportTransactionTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    @Import({PlanImporter.class, PlanAssembly.class, AuditTrail.class})
    class OnH2 extends ImportTransactionContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    @Import({PlanImporter.class, PlanAssembly.class, AuditTrail.class})
    class OnPostgres extends ImportTransactionContract {
    }
}
