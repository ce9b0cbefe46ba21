package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.testing.PreviousRelease;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A database the previous release created and filled, upgraded by this release's migrations
 * when the application starts (the context of each subclass starts on such a database): every
 * row is still there, the application reads every entity, and its repositories and services
 * give back what the previous release stored ({@link UpgradedDataChecks}). Nothing here names a
 * migration newer than the previous release, so new ones can land without changing it.
 */
@Transactional
abstract class SchemaUpgradeContract extends UpgradedDataChecks {
    @Autowired
    private EntityManager em;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Flyway flyway;
    @Autowired
    private MockMvc mvc;

    /** Rows per table just after the previous release's data went in, before the upgrade. */
    abstract Map<String, Long> rowsBeforeUpgrade();

    @Test
    @DisplayName("should have run every migration after the previous release's over its data, with none pending")
    void upgradedToTheLatestVersion() {
        List<String> files = MigrationFiles.names();
        String latest = MigrationFiles.version(files.get(files.size() - 1));
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(latest);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(List.of(flyway.info().applied())).extracting(MigrationInfo::getVersion).extracting(Object::toString)
                .contains(PreviousRelease.SCHEMA_VERSION);
    }

    @Test
    @DisplayName("should keep every row the previous release stored, with something in every table it had")
    void keepsEveryRow() {
        assertThat(rowsBeforeUpgrade()).isNotEmpty().containsKeys("board_pack", "report_pack_file", "audit_chain_head")
                .allSatisfy((table, rows) -> {
                    assertThat(rows).as(table).isPositive();
                    assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isEqualTo(rows);
                });
    }

    @Test
    @DisplayName("should let the application read every row of every entity, collections included")
    void applicationReadsEveryEntity() throws Exception {
        int read = 0;
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            for (Object row : em.createQuery("select e from " + entity.getName() + " e", entity.getJavaType()).getResultList()) {
                for (PluralAttribute<?, ?, ?> collection : entity.getPluralAttributes()) {
                    if (collection.getJavaMember() instanceof Field field) {
                        field.setAccessible(true);
                        Hibernate.initialize(field.get(row));
                    }
                }
                read++;
            }
        }
        assertThat(read).as("entity rows in the previous release's data").isGreaterThanOrEqualTo(45);
    }

    @Test
    @DisplayName("should show the stored, published plan and its action to anyone, through the web pages")
    void servesThePlanPages() throws Exception {
        mvc.perform(get("/plans/901")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Improving help and protection")));
        mvc.perform(get("/actions/901")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Audits started; 14 of 20 records")));
    }

    @Test
    @DisplayName("should read the stored plan's override exactly, to the microsecond, as the previous release wrote it")
    void readsTimesExactly() {
        assertThat(plans.findById(901L).orElseThrow().findAction("1.1").orElseThrow().getOverride().orElseThrow().getAt())
                .isEqualTo(Instant.parse("2026-03-02T09:15:30.123456Z"));
        assertThat(indicators.findByCodeWithin("CLA-RATE", 901L).orElseThrow().getTolerance()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(rounds.findById(901L).orElseThrow().getClosedAt()).isEqualTo(Instant.parse("2026-04-08T07:00:00Z"));
        assertThat(plans.findById(901L).orElseThrow().getRounds()).containsExactly(LocalDate.of(2026, 3, 31));
    }
}
