package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.oversight.indicator.IndicatorRepository;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.ActionStatus;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.ProgressUpdate;
import org.oversight.testing.PreviousRelease;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A database the previous release created and filled, upgraded by this release's migrations
 * when the application starts (the context of each subclass starts on such a database): the
 * data is all there, and the application reads every row of every entity.
 */
@Transactional
abstract class SchemaUpgradeContract {
    @Autowired
    private EntityManager em;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Flyway flyway;
    @Autowired
    private PlanRepository plans;
    @Autowired
    private IndicatorRepository indicators;

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
    @DisplayName("should keep every row the previous release stored")
    void keepsEveryRow() {
        assertThat(rowsBeforeUpgrade()).isNotEmpty().allSatisfy((table, rows) -> {
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
        assertThat(read).as("entity rows in the previous release's data").isGreaterThanOrEqualTo(36);
    }

    @Test
    @DisplayName("should read the stored plan, its actions and progress exactly as the previous release wrote them")
    void readsThePlanAsStored() {
        ActionPlan plan = plans.findById(901L).orElseThrow();
        assertThat(plan.getTitle()).isEqualTo("Improving help and protection");
        assertThat(plan.getRounds()).containsExactly(LocalDate.of(2026, 3, 31));
        Action action = plan.findAction("1.1").orElseThrow();
        assertThat(action.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(action.getVersion()).isEqualTo(4);
        assertThat(action.getDueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(action.getOverride().orElseThrow().getAt()).isEqualTo(Instant.parse("2026-03-02T09:15:30.123456Z"));
        assertThat(action.getUpdates()).extracting(ProgressUpdate::getText)
                .containsExactly("Audits started; 14 of 20 records graded “good”.");
        assertThat(action.getLeads()).hasSize(2);
        assertThat(indicators.findByCodeWithin("CLA-RATE", null).orElseThrow().getTolerance()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(jdbc.queryForObject("select content from report_pack_file where id = 901", byte[].class))
                .isEqualTo(PreviousRelease.REPORT_BYTES);
    }
}
