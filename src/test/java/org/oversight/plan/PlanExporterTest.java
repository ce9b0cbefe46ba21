package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanExporterTest {
    private final PlanExporter exporter = new PlanExporter(null, new PlanAssessor(), fixedClock());
    private final ActionPlan plan = new PlanFixtures().aPlanWithOverdueActions();

    private static org.springframework.beans.factory.ObjectProvider<Clock> fixedClock() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("clock", Clock.fixed(PlanFixtures.AS_AT.plusDays(40).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        return beans.getBeanProvider(Clock.class);
    }

    @Test
    void writesThePlanHeaderAsAtTheLatestRound() {
        JsonNode json = asJson(exporter.export(plan)).get("plan");

        assertThat(json.get("title").asString()).isEqualTo(plan.getTitle());
        assertThat(json.get("periodStart").asString()).isEqualTo("2025-10-01");
        assertThat(json.get("periodEnd").asString()).isEqualTo("2026-09-30");
        assertThat(json.get("asAt").asString()).isEqualTo(PlanFixtures.AS_AT.toString());
    }

    @Test
    void writesWorkstreamsWithTheirDeliverables() {
        JsonNode workstream = asJson(exporter.export(plan)).get("workstreams").get(0);

        assertThat(workstream.get("number").asString()).isEqualTo("1");
        assertThat(workstream.get("lead").asString()).isEqualTo("Head of Safeguarding and Quality Assurance");
        assertThat(workstream.get("keyAim").asString()).isEqualTo("Children get the right help at the right time");
        assertThat(workstream.get("deliverables").get(0).get("number").asString()).isEqualTo("1.1");
    }

    @Test
    void writesEveryRecommendationAndActionAsThePlanHoldsThem() {
        JsonNode json = asJson(exporter.export(plan));
        JsonNode recommendations = json.get("recommendations");

        assertThat(recommendations).hasSize(plan.getRecommendations().size());
        assertThat(recommendations.get(0).get("workstream").asString()).isEqualTo("1");
        assertThat(recommendations.get(1).get("workstream").isNull()).isTrue();
        assertThat(recommendations.get(1).get("responsibility").asString()).isEqualTo("PARTNER");
        List<String> refs = recommendations.valueStream()
                .flatMap(r -> r.get("actions").valueStream()).map(a -> a.get("ref").asString()).toList();
        assertThat(refs).isEqualTo(plan.actions().stream().map(Action::getReference).toList());
        assertThat(json.get("warnings")).isEmpty();
    }

    @Test
    void writesAnActionsFieldsWithTheRagThatStandsAsAtTheLatestRound() {
        JsonNode audit = asJson(exporter.export(plan)).get("recommendations").get(0).get("actions").get(0);

        assertThat(audit.get("ref").asString()).isEqualTo("1.1");
        assertThat(audit.get("outcomes")).hasSize(2);
        assertThat(audit.get("leads").get(0).asString()).isEqualTo("Head of Safeguarding and Quality Assurance");
        assertThat(audit.get("priority").asString()).isEqualTo("HIGH");
        assertThat(audit.get("start").asString()).isEqualTo("2025-10-01");
        assertThat(audit.get("timescale").get("text").asString()).isEqualTo("January 2026");
        assertThat(audit.get("timescale").get("kind").asString()).isEqualTo("DATE");
        assertThat(audit.get("timescale").get("due").asString()).isEqualTo("2026-01-31");
        assertThat(audit.get("timescale").get("recurrence").isNull()).isTrue();
        assertThat(audit.get("rag").asString()).isEqualTo("RED");
        assertThat(audit.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(audit.get("progress").get(0).get("asAt").asString()).isEqualTo("2026-01-31");
        assertThat(audit.get("progress").get(0).get("rag").asString()).isEqualTo("AMBER");
    }

    @Test
    void writesDependenciesAndRecurrence() {
        JsonNode health = asJson(exporter.export(plan)).get("recommendations").get(1).get("actions");

        assertThat(health.get(0).get("dependsOn").get(0).asString()).isEqualTo("1.1");
        assertThat(health.get(0).get("rag").asString()).isEqualTo("AMBER");
        assertThat(health.get(1).get("timescale").get("kind").asString()).isEqualTo("RECURRING");
        assertThat(health.get(1).get("timescale").get("recurrence").asString()).isEqualTo("P3M");
        assertThat(health.get(1).get("timescale").get("due").isNull()).isTrue();
    }

    @Test
    void writesCsvWithAHeaderAndOneQuotedRowPerAction() {
        String csv = PlanCsv.of(exporter.export(plan));
        String[] rows = csv.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");

        assertThat(rows[0]).isEqualTo(String.join(",", PlanCsv.COLUMNS));
        assertThat(rows).hasSize(1 + plan.actions().size());
        assertThat(rows[1]).startsWith("1,1.1,Audit strategy discussions held in the MASH each month,"
                + "Strategy discussions held within 24 hours / Police and health attend every discussion,"
                + "Head of Safeguarding and Quality Assurance,HIGH,2025-10-01,January 2026,DATE,2026-01-31,,RED,IN_PROGRESS,2026-01-31,");
        assertThat(rows[2]).contains("\"Publish revised threshold guidance, \"\"Right help, right time\"\"\"");
        assertThat(rows[4]).contains("Designated Nurse for Safeguarding Children / Head of Safeguarding and Quality Assurance");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        Action first = plan.actions().get(0);
        LocalDate asAt = PlanFixtures.AS_AT.plusDays(1);
        first.recordProgress(new ProgressReport(asAt, "=HYPERLINK(\"http://example.com\",\"Open\")", RagColour.AMBER,
                ActionStatus.IN_PROGRESS, List.of()), "Head of Service", asAt.atTime(12, 0).toInstant(ZoneOffset.UTC));
        Action second = plan.actions().get(1);
        second.recordProgress(new ProgressReport(asAt, "-2 weeks behind; @risk", RagColour.AMBER,
                ActionStatus.IN_PROGRESS, List.of()), "Head of Service", asAt.atTime(12, 0).toInstant(ZoneOffset.UTC));

        String csv = PlanCsv.of(exporter.export(plan));

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Open\"\")\"\r\n")
                .contains(",'-2 weeks behind; @risk\r\n")
                .doesNotContain(",=HYPERLINK").doesNotContain(",-2 weeks");
    }

    @Test
    void quotesFieldsWithLineBreaks() {
        assertThat(PlanCsv.quote("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(PlanCsv.quote("plain")).isEqualTo("plain");
    }

    private static JsonNode asJson(PlanExchange exchange) {
        JsonMapper mapper = JsonMapper.builder().build();
        return mapper.readTree(mapper.writeValueAsString(exchange));
    }
}
