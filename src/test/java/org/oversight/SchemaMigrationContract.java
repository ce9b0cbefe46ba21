package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.testing.FreshDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * What the migrations promise on every supported engine; each engine has a subclass.
 * The Spring context itself starts only if Flyway migrated its empty database and Hibernate
 * validated the result, so these tests state that explicitly and on a second, fresh database.
 */
abstract class SchemaMigrationContract {
    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private Environment environment;

    /** A new, empty database on this engine. */
    abstract FreshDatabase emptyDatabase();

    @Test
    @DisplayName("should migrate an empty database to the latest version, then have nothing left to do")
    void migratesAnEmptyDatabaseToTheLatestVersion() {
        List<String> files = MigrationFiles.names();
        String latest = MigrationFiles.version(files.get(files.size() - 1));
        try (FreshDatabase empty = emptyDatabase()) {
            Flyway flyway = Flyway.configure().dataSource(empty.jdbcUrl(), empty.username(), "")
                    .locations(MigrationFiles.LOCATION).load();

            MigrateResult first = flyway.migrate();
            MigrateResult second = flyway.migrate();

            assertThat(first.success).isTrue();
            assertThat(first.migrationsExecuted).isEqualTo(files.size());
            assertThat(first.targetSchemaVersion).isEqualTo(latest);
            assertThat(second.migrationsExecuted).isZero();
            assertThat(flyway.info().pending()).isEmpty();
        }
    }

    @Test
    @DisplayName("should run the application with Hibernate validating the schema, not changing it")
    void applicationValidatesTheSchema() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    @DisplayName("should have a migrated schema that Hibernate accepts for every entity")
    void hibernateAcceptsTheMigratedSchema() {
        assertThatCode(() -> entityManagerFactory.getSchemaManager().validate()).doesNotThrowAnyException();
    }
}
