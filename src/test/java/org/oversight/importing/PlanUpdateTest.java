package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.ProgressUpdate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@OversightTest
@Transactional
@DisplayName("Importing a newer version of a stored plan")
class PlanUpdateTest {
    /** The plan of {@link PlanImporterTest#PASTED} three months on: 2.1 is gone, 1.4 is new. */
    static final String NEWER = """
            **Riverside Council improvement plan May 2024 - March 2025**
            Ref\tRecommendation\tAction\tTimescale\tPriority\tLead\tProgress as at 1.12.24
            1\tStrengthen the front door.\t<p>Publish the threshold guide</p> <p>Audit twenty referrals</p>\t<p>June 2024</p> <p>Quarterly</p>\tHigh\t<p>Head of Early Help / Jo Bright</p> <p>Audit Manager</p>\t<p>Guide reprinted after feedback</p> <p>Second audit done</p>
            \t\tTrain call handlers\tSeptember 2024\tMedium\tHead of Referral, Assessment and Intervention\tAll trained
            \t\tRun a refresher session\tJanuary 2025\tLow\tAudit Manager\tPlanned
            """;
    @Autowired
    PlanFiles files;
    @Autowired
    PlanImporter importer;
    @Autowired
    PlanRepository plans;
    @Autowired
    AuditTrail audit;

    @Test
    @DisplayName("should match actions by reference, add a round, add new actions and warn of missing ones, without duplicates")
    void matchesByReference() throws Exception {
        long id = importer.importNew(read(PlanImporterTest.PASTED), "manager");

        PlanUpdate update = importer.importUpdate(id, read(NEWER), "manager");

        ActionPlan plan = plans.findById(id).orElseThrow();
        assertThat(plan.actions()).extracting(Action::getReference).containsExactly("1.1", "1.2", "1.3", "1.4", "2.1");
        assertThat(plan.getRounds()).containsExactly(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 1));
        Action first = plan.findAction("1.1").orElseThrow();
        assertThat(first.getUpdates()).extracting(ProgressUpdate::getAsAt)
                .containsExactlyInAnyOrder(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 1));
        assertThat(first.latestUpdate().orElseThrow().getText()).isEqualTo("Guide reprinted after feedback");
        assertThat(update.matched()).isEqualTo(3);
        assertThat(update.added()).isEqualTo(1);
        assertThat(update.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("ACTIONS_NOT_IN_DOCUMENT");
            assertThat(w.message()).contains("2.1");
        });
        assertThat(audit.historyOf("ActionPlan", id)).hasSize(2);
    }

    @Test
    @DisplayName("should change nothing when the same version is imported twice")
    void sameVersionTwiceAddsNothing() throws Exception {
        long id = importer.importNew(read(PlanImporterTest.PASTED), "manager");

        PlanUpdate update = importer.importUpdate(id, read(PlanImporterTest.PASTED), "manager");

        assertThat(update.progressRecorded()).isZero();
        assertThat(update.added()).isZero();
        assertThat(plans.findById(id).orElseThrow().findAction("1.1").orElseThrow().getUpdates()).hasSize(1);
    }

    private org.oversight.plan.PlanExchange read(String text) throws Exception {
        return files.read(text.getBytes(StandardCharsets.UTF_8), "plan.txt", ImportOptions.none(), ColumnMapping.empty()).plan();
    }
}
