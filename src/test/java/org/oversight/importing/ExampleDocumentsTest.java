package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.plan.PlanExchange.RecommendationEntry;

class ExampleDocumentsTest {

    @Test
    void readsTheLamingActionPlanWithItsProgressRound() throws Exception {
        PlanReading reading = ExampleDocuments.read("2009-scrutiny-minutes-and-laming-action-plan.txt",
                new ImportOptions(LocalDate.of(2009, 6, 1), LocalDate.of(2010, 6, 30), null));
        List<RecommendationEntry> recs = reading.plan().recommendations();
        assertThat(recs).extracting(RecommendationEntry::number).containsExactly("4", "6", "7", "8", "9", "11", "13",
                "14", "15", "17", "19", "21", "22", "23", "24", "29", "30");
        assertThat(reading.plan().plan().asAt()).isEqualTo(LocalDate.of(2009, 10, 1));
        ActionEntry peerAudits = action(recs, "6.3");
        assertThat(peerAudits.leads()).containsExactly("Martin Pratt", "Rachel Deakin", "All Children's Specialist Service Heads of Service");
        assertThat(peerAudits.priority()).isEqualTo("HIGH");
        assertThat(peerAudits.timescale().due()).isEqualTo(LocalDate.of(2009, 10, 31));
        assertThat(peerAudits.progress()).singleElement().satisfies(p -> assertThat(p.asAt()).isEqualTo(LocalDate.of(2009, 10, 1)));
        assertThat(action(recs, "8.2").timescale().due()).isEqualTo(LocalDate.of(2009, 9, 30));
        assertThat(action(recs, "24.7").timescale().kind()).isEqualTo("RECURRING");
        assertThat(recs.get(recs.size() - 1).actions()).hasSize(5);
        assertThat(reading.warnings()).extracting(ImportWarning::code).contains("UNALIGNED_CELLS");
        assertThat(action(recs, "13.1").dependsOn()).contains("6.1");
    }

    @Test
    void readsTheWorkstreamPlanWithPhasesLeadsAndDeliverables() throws Exception {
        PlanReading reading = ExampleDocuments.read("2012-ofsted-workstream-action-plan.txt", ImportOptions.none());
        var plan = reading.plan();
        assertThat(plan.workstreams()).hasSize(9).allSatisfy(w -> assertThat(w.lead()).isNotBlank());
        assertThat(reading.phases()).hasSize(2);
        assertThat(plan.workstreams().get(0).lead()).startsWith("Interim Assistant Director");
        assertThat(plan.workstreams().get(3).deliverables()).hasSize(9);
        ActionEntry first = action(plan.recommendations(), "1.1.1");
        assertThat(first.start()).isEqualTo(LocalDate.of(2012, 5, 1));
        assertThat(first.timescale().due()).isEqualTo(LocalDate.of(2012, 9, 30));
        assertThat(action(plan.recommendations(), "4.1.1").dependsOn()).contains("1.4.1");
        assertThat(reading.warnings()).anySatisfy(w -> assertThat(w.message()).contains("iviay ZUTZ"));
        assertThat(plan.recommendations()).allSatisfy(r -> assertThat(r.workstream()).isNotNull());
        // the lines of cells that the extraction split into rows join quietly; only joins that may hide an action are warned
        assertThat(reading.warnings()).filteredOn(w -> w.code().equals("JOINED_ROW")).hasSizeLessThan(15);
    }

    @Test
    void readsEachLamingRecommendationWithTheCouncilsResponse() throws Exception {
        PlanReading reading = ExampleDocuments.read("2009-laming-recommendations-and-council-response.txt", ImportOptions.none());
        assertThat(reading.plan().recommendations()).hasSize(58)
                .allSatisfy(r -> assertThat(r.response()).isNotBlank());
    }

    private static ActionEntry action(List<RecommendationEntry> recs, String ref) {
        return recs.stream().flatMap(r -> r.actions().stream()).filter(a -> a.ref().equals(ref)).findFirst().orElseThrow();
    }
}
