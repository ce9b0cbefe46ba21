package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V20261123_0400__indicator_id_sequence;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A migration dated earlier than one a database already has (its work began first, it reached a
 * release later) is still applied when the application next starts on that database: the
 * application starts instead of refusing with "resolved migration not applied to database".
 */
@DisplayName("A database already past a migration that reached the release later")
class LateMigrationTest {
    /** Dated before {@link #ALREADY} but shipped after it: appendices, frozen parts, agenda publication, minutes' reports. */
    private static final List<String> LATE = List.of("20261208.1100", "20261208.1101", "20261208.1150", "20261208.1151");
    private static final String ALREADY = "20261208.1200";

    @Test
    @DisplayName("should apply the late migrations when the application next starts, then serve it with none pending")
    void appliesLateMigrations() throws Exception {
        String url = "jdbc:h2:mem:late-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Path release = Files.createTempDirectory("release-without-late-migrations");
        for (var file : new PathMatchingResourcePatternResolver().getResources(MigrationFiles.LOCATION + "/*.sql")) {
            String name = file.getFilename();
            if (!LATE.contains(MigrationFiles.version(name))) {
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, release.resolve(name));
                }
            }
        }
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + release)
                .javaMigrations(new V20261123_0400__indicator_id_sequence()).target(ALREADY).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        assertThat(jdbc.queryForList("select \"version\" from \"flyway_schema_history\"", String.class))
                .contains(ALREADY).doesNotContainAnyElementsOf(LATE);

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OversightApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url,
                "--oversight.data-dir=" + Files.createTempDirectory("oversight-late"), "--oversight.demo.enabled=false",
                "--oversight.reminders.cron=-", "--oversight.reminders.digest-cron=-")) {
            Flyway flyway = app.getBean(Flyway.class);
            List<MigrationInfo> late = List.of(flyway.info().applied()).stream()
                    .filter(i -> LATE.contains(i.getVersion().toString())).toList();
            assertThat(late).hasSize(LATE.size()).allSatisfy(i -> assertThat(i.getState()).isEqualTo(MigrationState.OUT_OF_ORDER));
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from agenda_publication", Long.class)).isZero();
        }
    }
}
