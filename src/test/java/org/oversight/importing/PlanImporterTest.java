package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.plan.PlanExchange;
import org.oversight.plan.PlanExporter;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@OversightTest
class PlanImporterTest {
    static final String PASTED = """
            **Riverside Council improvement plan May 2024 - March 2025**
            Ref\tRecommendation\tAction\tTimescale\tPriority\tLead\tProgress as at 1.9.24
            1\tStrengthen the front door.\t<p>Publish the threshold guide</p> <p>Audit twenty referrals</p>\t<p>June 2024</p> <p>Quarterly</p>\tHigh\t<p>Head of Early Help / Jo Bright</p> <p>Audit Manager</p>\t<p>Published</p> <p>First audit done</p>
            \t\tTrain call handlers\tSeptember 2024\tMedium\tHead of Referral, Assessment and Intervention\tBooked
            2\tKeep records current.\tSee recommendation 1. Review case notes monthly\tMonthly\tHigh\t\t
            """;

    @Autowired
    PlanFiles files;
    @Autowired
    PlanImporter importer;
    @Autowired
    PlanExporter exporter;
    @Autowired
    PlanRepository plans;

    @Test
    @Transactional
    void importsPastedPlanAndExportsTheSamePlan() throws Exception {
        PlanReading reading = files.read(PASTED.getBytes(StandardCharsets.UTF_8), "plan.txt", ImportOptions.none(), ColumnMapping.empty());
        PlanExchange plan = reading.plan();
        assertThat(plan.plan().periodStart()).hasToString("2024-05-01");
        assertThat(plan.recommendations().get(0).actions()).hasSize(3);
        assertThat(plan.recommendations().get(0).actions().get(2).leads()).containsExactly("Head of Referral, Assessment and Intervention");
        assertThat(plan.recommendations().get(0).actions().get(0).leads()).containsExactly("Head of Early Help", "Jo Bright");
        assertThat(reading.warnings()).extracting(ImportWarning::code).contains("MISSING_LEAD");
        long id = importer.importNew(plan, "manager");
        PlanExchange exported = exporter.export(id).orElseThrow();
        assertThat(exported.recommendations()).extracting(r -> r.actions().size()).containsExactly(3, 1);
        assertThat(exported.recommendations().get(1).actions().get(0).dependsOn()).containsExactly("1.1", "1.2", "1.3");
        assertThat(exported.recommendations().get(0).actions().get(0).progress()).hasSize(1);
    }

    @Test
    void aFailureMidwayLeavesNothingBehind() throws Exception {
        long before = plans.count();
        PlanExchange plan = files.read(PASTED.getBytes(StandardCharsets.UTF_8), "plan.txt", ImportOptions.none(), ColumnMapping.empty()).plan();
        var broken = new PlanExchange(plan.plan(), plan.workstreams(), java.util.List.of(plan.recommendations().get(0),
                plan.recommendations().get(0)), plan.warnings());
        assertThatThrownBy(() -> importer.importNew(broken, "manager")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("recommendation 1");
        assertThat(plans.count()).isEqualTo(before);
    }

    @Test
    void refusesJunkBytes() {
        assertThatThrownBy(() -> files.read(new byte[] {1, 0, 2, 3}, "plan.txt", ImportOptions.none(), ColumnMapping.empty()))
                .isInstanceOf(ImportRefused.class).hasMessageContaining("not text");
    }
}
