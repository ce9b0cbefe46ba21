package org.oversight.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditChain;
import org.oversight.audit.AuditTrail;
import org.oversight.audit.ChainVerification;
import org.oversight.plan.ProgressReport;
import org.oversight.plan.ProgressUpdates;
import org.oversight.plan.RagColour;
import org.oversight.testing.FreshDatabase;
import org.oversight.testing.PreviousRelease;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup of a database holding something in every table, restored into an empty database
 * of the same engine, gives the same content, compared table by table, row by row and field by
 * field through plain JDBC. These tests commit; the tables are emptied after each.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({DatabaseBackup.class, ProgressUpdates.class, AuditTrail.class, AuditChain.class,
        BackupRoundTripContract.SystemClock.class})
abstract class BackupRoundTripContract {
    @Autowired
    private DatabaseBackup backup;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private ProgressUpdates progress;
    @Autowired
    private AuditTrail audit;
    @Autowired
    private AuditChain chain;
    @Autowired
    private JdbcTemplate jdbc;

    @TestConfiguration
    static class SystemClock {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    abstract FreshDatabase emptyDatabase();

    /** Something in every table: the previous release's data, then changes made through the application. */
    @BeforeEach
    void fillEveryTable() {
        PreviousRelease.insertData(dataSource);
        progress.post(901, 4, new ProgressReport(LocalDate.of(2026, 6, 30), "Recruited two supervisors", RagColour.GREEN,
                null, List.of()), "lead");
        audit.record("Indicator", 51L, "CORRECTED", "Corrected Q4", Map.of("value", "70.241"), Map.of("value", "70.584"));
        committeeReportAndSharing();
    }

    /** A cleared committee report on meeting 901, and the council's sharing and comparators. */
    private void committeeReportAndSharing() {
        java.sql.Timestamp at = java.sql.Timestamp.from(java.time.Instant.parse("2026-04-02T10:00:00Z"));
        jdbc.update("insert into committee_report (id, meeting_id, title, author, report_of, contact_name, contact_post,"
                + " contact_email, exempt_paragraph, public_interest_reason, wards_affected, key_decision, forward_plan_reference,"
                + " urgency_reason, purpose, recommendation_reasons, background, main_content, status, published_on, version)"
                + " values (901, 901, 'Improvement plan: progress', 'manager', 'Director of Children''s Services', 'Priya Shah',"
                + " 'Improvement Programme Manager', 'priya.shah@kingsmead.example', 3, 'Prices under negotiation', 'All wards',"
                + " true, 'FP/2026/14', 'Late figures', 'To report progress', 'So members oversee it', 'The plan began in January',"
                + " 'Progress\nMost actions are on track — “good” ones too', 'PUBLISHED', ?, 2)", java.sql.Date.valueOf("2026-04-03"));
        jdbc.update("insert into agenda_publication (id, meeting_id, published_on, published_by, urgency_reason)"
                + " values (901, 901, date '2026-04-03', 'manager', 'Late figures')");
        jdbc.update("update agenda_item set report_id = 901 where id = 901");
        jdbc.update("insert into committee_report_recommendation (report_id, position, wording, resolved)"
                + " values (901, 0, 'That the board notes progress', 'Noted')");
        jdbc.update("insert into committee_report_implication (report_id, position, kind, wording, author)"
                + " values (901, 0, 'LEGAL', 'None', 'Head of Legal Services')");
        jdbc.update("insert into committee_report_clearance (id, report_id, position, clearance_role, officer, status, remark, decided_at)"
                + " values (901, 901, 0, 'LEGAL', 'admin', 'CLEARED', 'Content to clear', ?)", at);
        jdbc.update("insert into committee_report_appendix (id, report_id, position, title, file_name, media_type, content)"
                + " values (901, 901, 0, 'Action plan tracker', 'tracker.pdf', 'application/pdf', ?)", (Object) "%PDF-1.7 tracker".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII));
        jdbc.update("insert into committee_report_background_paper (report_id, position, title, kept_at)"
                + " values (901, 0, 'Ofsted inspection letter', 'Civic Centre')");
        jdbc.update("insert into committee_report_frozen_part (report_id, position, caption, header, body)"
                + " values (901, 0, 'Progress of the plan as at 2026-04-01', 'Actions\tGreen\tTotal', 'All actions\t20\t29')");
        jdbc.update("insert into report_template (id, board_id, revision, next_custom, version) values (901, 901, 2, 2, 1)");
        jdbc.update("insert into report_template_section (template_id, position, section_key, heading, guidance, included)"
                + " values (901, 0, 'c1', 'Consultation', 'Who was asked', true)");
        jdbc.update("insert into committee_report_section (report_id, position, section_key, heading, guidance, included)"
                + " values (901, 0, 'PUBLIC_HEALTH', 'Public health implications', null, false)");
        jdbc.update("insert into committee_report_custom_text (report_id, section_key, wording) values (901, 'c1', 'Care leavers were asked')");
        jdbc.update("update committee_report set template_revision = 2 where id = 901");
        jdbc.update("insert into sharing_group (id, name, kind) values (901, 'Vale region', 'REGION')");
        jdbc.update("insert into sharing_group_member (group_id, organisation_id) values (901, 901)");
        jdbc.update("insert into shared_item (id, organisation_id, group_id, subject, plan_id, indicator_codes, shared_by, shared_at,"
                + " withdrawn_by, withdrawn_at) values (901, 901, 901, 'PLAN', 901, null, 'manager', ?, 'manager', ?)", at, at);
        jdbc.update("insert into comparator_figure (id, la_code, la_name, indicator_code, period, figure, imported_by, imported_at)"
                + " values (901, '873', 'Ashcombe', 'CLA-RATE', '2025/26 Q4', 71.2500, 'manager', ?)", at);
        jdbc.update("insert into council_code (organisation_id, la_code) values (901, '872')");
        jdbc.update("insert into statistical_neighbour (organisation_id, position, la_code) values (901, 0, '873')");
        jdbc.update("insert into sending_instance (id, name, group_id, token_hash, created_by, created_at, revoked_at)"
                + " values (901, 'Vale instance', 901, 'ab12', 'admin', ?, ?)", at, at);
        jdbc.update("insert into received_standing (id, instance_id, council, region, plan_key, plan_title, inspection,"
                + " inspection_date, as_at, red_count, amber_count, green_count, complete_count, total_count, complete_colour,"
                + " overdue_count, moved_twice_count, last_round, trend, received_at) values (901, 901, 'Fenwick', 'Vale region',"
                + " '7', 'Improvement plan', 'Ofsted ILACS', '2025-05-01', '2026-01-31', 1, 2, 3, 4, 10, 'BLUE', 1, 1,"
                + " '2026-01-15', 'WORSE', ?)", at);
        jdbc.update("insert into received_figure (id, instance_id, council, la_code, indicator_code, period, figure, received_at)"
                + " values (901, 901, 'Fenwick', '951', 'CLA-RATE', '2025/26 Q4', 64.5000, ?)", at);
    }

    @Test
    @DisplayName("should restore a backup into an empty database with every field of every table the same")
    void roundTripKeepsEveryField() throws Exception {
        Map<String, List<Map<String, Object>>> before = TableContents.of(dataSource);
        assertThat(before).as("every table holds something").allSatisfy((table, rows) -> assertThat(rows).as(table).isNotEmpty());
        ChainVerification chainBefore = chain.verify();
        assertThat(chainBefore.intact()).isTrue();

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        BackupSummary written = backup.write(file);
        try (FreshDatabase empty = emptyDatabase()) {
            DataSource target = migrated(empty);
            BackupSummary restored = new DatabaseBackup(target, new JsonMapper())
                    .restore(new ByteArrayInputStream(file.toByteArray()));

            Map<String, List<Map<String, Object>>> after = TableContents.of(target);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((table, rows) -> {
                assertThat(after.get(table)).as("rows of %s", table).hasSameSizeAs(rows);
                for (int i = 0; i < rows.size(); i++) {
                    int row = i;
                    Map<String, Object> restoredRow = after.get(table).get(i);
                    rows.get(i).forEach((column, value) -> assertThat(restoredRow.get(column))
                            .as("%s row %d column %s", table, row, column).isEqualTo(value));
                }
            });
            assertThat(restored.rows()).isEqualTo(written.rows());
            System.out.printf("Backup round trip on %s: %d tables, %d rows, %d bytes%n", engine(jdbc), written.rows().size(),
                    written.totalRows(), file.size());

            ByteArrayOutputStream again = new ByteArrayOutputStream();
            new DatabaseBackup(target, new JsonMapper()).write(again);
            assertThat(withoutCreatedAt(again)).as("a backup of the restored database").isEqualTo(withoutCreatedAt(file));

            JdbcTemplate restoredJdbc = new JdbcTemplate(target);
            restoredJdbc.update("insert into organisation (name, kind) values ('New council', 'COUNCIL')");
            assertThat(restoredJdbc.queryForObject("select id from organisation where name = 'New council'", Long.class))
                    .as("new rows get ids after the restored ones").isGreaterThan(902);
            long next = restoredJdbc.queryForObject(engine(restoredJdbc).equals("PostgreSQL")
                    ? "select nextval('indicator_ids')" : "select next value for indicator_ids", Long.class);
            assertThat(next - 49).as("the first id of the indicators' next block of 50").isGreaterThan(
                    restoredJdbc.queryForObject("select max(id) from indicator_value", Long.class));
        }
    }

    @Test
    @DisplayName("should refuse a backup with a row the database refuses, naming the table and the row, and write nothing")
    void refusesARowTheDatabaseRefuses() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        backup.write(file);
        String twice = edited(file, "progress_update", rows -> rows.add(rows.get(0).deepCopy()));

        assertRestoreRefused(twice, "Row 3 of table progress_update could not be restored");
    }

    @Test
    @DisplayName("should refuse a backup with a value that cannot be read, naming the table, row and column, and write nothing")
    void refusesAnUnreadableValue() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        backup.write(file);
        String badDate = edited(file, "update_round", rows -> ((tools.jackson.databind.node.ArrayNode) rows.get(0))
                .set(2, "31/03/2026"));

        assertRestoreRefused(badDate, "Row 1 of table update_round: the value of as_at (\"31/03/2026\") cannot be read as date");
    }

    /** The backup with the rows of one table changed. */
    private static String edited(ByteArrayOutputStream file, String table,
                                 java.util.function.Consumer<tools.jackson.databind.node.ArrayNode> change) {
        JsonMapper json = new JsonMapper();
        tools.jackson.databind.JsonNode tree = json.readTree(file.toByteArray());
        tree.get("tables").valueStream().filter(t -> t.get("name").asString().equals(table)).findFirst()
                .ifPresent(t -> change.accept((tools.jackson.databind.node.ArrayNode) t.get("rows")));
        return json.writeValueAsString(tree);
    }

    private void assertRestoreRefused(String backupFile, String message) {
        try (FreshDatabase empty = emptyDatabase()) {
            DataSource target = migrated(empty);
            assertThatThrownBy(() -> new DatabaseBackup(target, new JsonMapper())
                    .restore(new ByteArrayInputStream(backupFile.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(BackupRefused.class).hasMessageContaining(message)
                    .satisfies(e -> assertThat(((BackupRefused) e).code()).isEqualTo("BAD_ROW"));
            TableContents.of(target).forEach((table, rows) -> assertThat(rows).as(table)
                    .hasSize(table.equals("audit_chain_head") ? 1 : 0));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("should refuse to restore into a database that holds data, and change nothing")
    void refusesADatabaseWithData() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        backup.write(file);
        long rows = jdbc.queryForObject("select count(*) from progress_update", Long.class);

        assertThatThrownBy(() -> backup.restore(new ByteArrayInputStream(file.toByteArray())))
                .isInstanceOf(BackupRefused.class).hasMessageContaining("already holds data");
        assertThat(jdbc.queryForObject("select count(*) from progress_update", Long.class)).isEqualTo(rows);
    }

    @Test
    @DisplayName("should refuse a backup taken at another schema version, and write nothing")
    void refusesAnotherSchemaVersion() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        backup.write(file);
        String older = file.toString(StandardCharsets.UTF_8).replaceFirst("\"schemaVersion\":\"[^\"]+\"",
                "\"schemaVersion\":\"20200101.0000\"");
        try (FreshDatabase empty = emptyDatabase()) {
            DataSource target = migrated(empty);
            assertThatThrownBy(() -> new DatabaseBackup(target, new JsonMapper())
                    .restore(new ByteArrayInputStream(older.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(BackupRefused.class).hasMessageContaining("20200101.0000");
            assertThat(new JdbcTemplate(target).queryForObject("select count(*) from organisation", Long.class)).isZero();
        }
    }

    private static DataSource migrated(FreshDatabase empty) {
        Flyway.configure().dataSource(empty.jdbcUrl(), empty.username(), "").locations("classpath:db/migration").load()
                .migrate();
        return new SimpleDriverDataSource(driverFor(empty.jdbcUrl()), empty.jdbcUrl(), empty.username(), "");
    }

    private static java.sql.Driver driverFor(String url) {
        try {
            return java.sql.DriverManager.getDriver(url);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withoutCreatedAt(ByteArrayOutputStream file) {
        return file.toString(StandardCharsets.UTF_8).replaceFirst("\"createdAt\":\"[^\"]+\"", "");
    }

    static String engine(JdbcTemplate jdbc) {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    }
}
