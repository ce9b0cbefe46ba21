package org.oversight.indicator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.H2PersistenceTest;
import org.oversight.testing.PostgresPersistenceTest;
import org.springframework.context.annotation.Import;

@DisplayName("Storing indicators")
class IndicatorStorageTest {
    @Nested
    @DisplayName("on H2")
    @H2PersistenceTest
    @Import(IndicatorImport.class)
    class OnH2 extends IndicatorStorageContract {
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @PostgresPersistenceTest
    @Import(IndicatorImport.class)
    class OnPostgres extends IndicatorStorageContract {
    }
}
