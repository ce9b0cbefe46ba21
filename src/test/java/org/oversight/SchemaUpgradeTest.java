package org.oversight;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.oversight.testing.FreshDatabase;
import org.oversight.testing.PreviousRelease;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application (demo off, scheduled reminders off) started on a database the previous
 * release filled, once on each engine.
 */
@DisplayName("Upgrading a database the previous release filled")
class SchemaUpgradeTest {
    private static final Map<String, Map<String, Long>> ROWS_BEFORE = new ConcurrentHashMap<>();

    @Nested
    @DisplayName("on H2")
    @SpringBootTest(properties = {"oversight.demo.enabled=false", "oversight.reminders.cron=-",
            "oversight.reminders.digest-cron=-"})
    @AutoConfigureMockMvc
    @ContextConfiguration(initializers = OnH2.PreviousReleaseDatabase.class)
    class OnH2 extends SchemaUpgradeContract {
        static class PreviousReleaseDatabase extends AtPreviousRelease {
            PreviousReleaseDatabase() {
                super("h2", FreshDatabase::onH2);
            }
        }

        @Override
        Map<String, Long> rowsBeforeUpgrade() {
            return ROWS_BEFORE.get("h2");
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @SpringBootTest(properties = {"oversight.demo.enabled=false", "oversight.reminders.cron=-",
            "oversight.reminders.digest-cron=-"})
    @AutoConfigureMockMvc
    @ContextConfiguration(initializers = OnPostgres.PreviousReleaseDatabase.class)
    class OnPostgres extends SchemaUpgradeContract {
        static class PreviousReleaseDatabase extends AtPreviousRelease {
            PreviousReleaseDatabase() {
                super("postgres", FreshDatabase::onPostgres);
            }
        }

        @Override
        Map<String, Long> rowsBeforeUpgrade() {
            return ROWS_BEFORE.get("postgres");
        }
    }

    /**
     * Before the context starts: a new database, migrated only as far as the previous release
     * went and filled with its data. The context's own Flyway then runs the newer migrations.
     * The database lives as long as the test JVM.
     */
    abstract static class AtPreviousRelease implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        private final String engine;
        private final Supplier<FreshDatabase> database;

        AtPreviousRelease(String engine, Supplier<FreshDatabase> database) {
            this.engine = engine;
            this.database = database;
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            FreshDatabase db = database.get();
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), "").locations(MigrationFiles.LOCATION)
                    .target(PreviousRelease.SCHEMA_VERSION).load().migrate();
            SimpleDriverDataSource dataSource = new SimpleDriverDataSource(driver(db.jdbcUrl()), db.jdbcUrl(), db.username(), "");
            PreviousRelease.insertData(dataSource);
            ROWS_BEFORE.put(engine, countRows(new JdbcTemplate(dataSource)));
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("previousRelease", Map.of(
                    "spring.datasource.url", db.jdbcUrl(),
                    "spring.datasource.username", db.username(),
                    "spring.datasource.password", "")));
        }

        private static Map<String, Long> countRows(JdbcTemplate jdbc) {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : jdbc.queryForList("select table_name from information_schema.tables where lower(table_schema)"
                    + " = 'public' and lower(table_type) in ('table', 'base table')", String.class)) {
                String name = table.toLowerCase(Locale.ROOT);
                if (!name.equals("flyway_schema_history") && !name.startsWith("spring_session") && !name.equals("shedlock")) {
                    rows.put(name, jdbc.queryForObject("select count(*) from " + name, Long.class));
                }
            }
            return rows;
        }

        private static java.sql.Driver driver(String url) {
            try {
                return java.sql.DriverManager.getDriver(url);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
