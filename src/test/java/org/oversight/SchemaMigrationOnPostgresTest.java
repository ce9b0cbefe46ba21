package org.oversight;

import org.oversight.testing.FreshDatabase;
import org.oversight.testing.PostgresPersistenceTest;

@PostgresPersistenceTest
class SchemaMigrationOnPostgresTest extends SchemaMigrationContract {
    @Override
    FreshDatabase emptyDatabase() {
        return FreshDatabase.onPostgres();
    }
}
