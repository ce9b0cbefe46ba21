package org.oversight;

import org.oversight.testing.FreshDatabase;
import org.oversight.testing.H2PersistenceTest;

@H2PersistenceTest
class SchemaMigrationOnH2Test extends SchemaMigrationContract {
    @Override
    FreshDatabase emptyDatabase() {
        return FreshDatabase.onH2();
    }
}
