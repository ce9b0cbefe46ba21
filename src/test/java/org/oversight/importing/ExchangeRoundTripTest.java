package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.plan.PlanExchange;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.plan.PlanExporter;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@OversightTest
@Transactional
class ExchangeRoundTripTest {
    @Autowired
    PlanRepository plans;
    @Autowired
    PlanExporter exporter;
    @Autowired
    PlanFiles files;
    @Autowired
    PlanImporter importer;
    @Autowired
    JsonMapper json;

    @Test
    @DisplayName("should give the same plan when a plan exported as JSON is imported through PlanFiles")
    void exportThenImportGivesTheSamePlan() throws Exception {
        long demo = plans.findByArchivedFalseOrderByTitle().get(0).getId();
        PlanExchange exported = exporter.export(demo).orElseThrow();

        PlanReading reading = files.read(json.writeValueAsBytes(exported), "plan.json", ImportOptions.none(), ColumnMapping.empty());
        PlanExchange again = exporter.export(importer.importNew(reading.plan(), "manager")).orElseThrow();

        assertThat(again.plan().title()).isEqualTo(exported.plan().title());
        assertThat(again.recommendations()).hasSize(exported.recommendations().size());
        assertThat(again.workstreams()).extracting(PlanExchange.WorkstreamEntry::number)
                .isEqualTo(exported.workstreams().stream().map(PlanExchange.WorkstreamEntry::number).toList());
        for (int i = 0; i < exported.recommendations().size(); i++) {
            var before = exported.recommendations().get(i);
            var after = again.recommendations().get(i);
            assertThat(after.number()).isEqualTo(before.number());
            assertThat(after.text()).isEqualTo(before.text());
            assertThat(after.actions()).extracting(ExchangeRoundTripTest::essentials)
                    .isEqualTo(before.actions().stream().map(ExchangeRoundTripTest::essentials).toList());
        }
        assertThat(again.actionCount()).isGreaterThan(0);
    }

    private static List<Object> essentials(ActionEntry a) {
        return List.of(a.ref(), String.valueOf(a.description()), a.leads(), String.valueOf(a.priority()),
                String.valueOf(a.timescale()), a.progress().stream().map(p -> p.asAt() + " " + p.text() + " " + p.rag()).toList());
    }
}
