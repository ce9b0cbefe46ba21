package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.cli.OversightCommandLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code oversight export plan ...} in-process against a test database, as the jar would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(locations = "classpath:test-database.properties")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportPlanCommandTest {
    @Autowired
    OversightCommandLine commandLine;
    long planId;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    void storePlan(@Autowired OrganisationRepository organisations, @Autowired LeadRepository leads,
                   @Autowired PlanRepository plans) {
        PlanFixtures fixtures = new PlanFixtures();
        planId = fixtures.save(organisations, leads, plans, fixtures.aPlanWithOverdueActions()).get(0).getId();
    }

    @BeforeEach
    void clearOutput() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    @DisplayName("should print the plan as exchange JSON with every recommendation and action, and exit 0")
    void exportsJson() {
        assertThat(run("export", "plan", String.valueOf(planId), "--format", "json")).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("plan").get("title").asString()).isEqualTo("Improving help and protection for children in Northshire");
        assertThat(json.get("recommendations")).hasSize(2);
        assertThat(json.get("recommendations").valueStream().mapToInt(r -> r.get("actions").size()).sum()).isEqualTo(4);
        assertThat(json.get("recommendations").get(0).get("actions").get(0).get("rag").asString()).isEqualTo("RED");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    @DisplayName("should print CSV with a header and a row per action when asked for csv")
    void exportsCsv() {
        assertThat(run("export", "plan", String.valueOf(planId), "--format", "CSV")).as(err.toString()).isZero();

        assertThat(out.toString()).startsWith(String.join(",", PlanCsv.COLUMNS) + "\r\n");
        assertThat(out.toString().lines().filter(l -> l.matches("^\\d,\\d\\.\\d,.*"))).hasSize(4);
    }

    @Test
    @DisplayName("should write the file and print a JSON summary when given --out and --json")
    void writesFileWithJsonSummary(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.csv");

        assertThat(run("export", "plan", String.valueOf(planId), "--format", "csv", "--out", file.toString(), "--json")).isZero();

        assertThat(Files.readString(file)).startsWith("recommendation,ref,");
        JsonNode summary = JsonMapper.builder().build().readTree(out.toString());
        assertThat(summary.get("actions").asInt()).isEqualTo(4);
        assertThat(summary.get("recommendations").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("should exit 1 with a clear message on stderr when there is no such plan")
    void exitsOneForUnknownPlan() {
        assertThat(run("export", "plan", "987654")).isEqualTo(1);

        assertThat(err.toString()).contains("There is no plan with id 987654.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    @DisplayName("should report an unknown plan as JSON on stdout too when given --json")
    void reportsUnknownPlanAsJson() {
        assertThat(run("export", "plan", "987654", "--json")).isEqualTo(1);

        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("errors").get(0).get("code").asString()).isEqualTo("PLAN_NOT_FOUND");
    }

    @Test
    @DisplayName("should exit 2 with usage on stderr for bad usage or an unknown command")
    void exitsTwoForBadUsage() {
        assertThat(run("export", "plan", String.valueOf(planId), "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
        assertThat(run("export", "plan")).isEqualTo(2);
        assertThat(run("export")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: oversight");
        assertThat(out.toString()).isEmpty();
    }

    private int run(String... args) {
        return commandLine.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    @DisplayName("should write an Excel workbook to --out, and refuse xlsx on stdout with exit 2")
    void writesWorkbook(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.xlsx");
        assertThat(run("export", "plan", String.valueOf(planId), "--format", "xlsx", "--out", file.toString())).isZero();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheet("Actions").getPhysicalNumberOfRows()).isEqualTo(5);
            assertThat(workbook.getSheet("Actions").getRow(1).getCell(11).getStringCellValue()).isEqualTo("\u25B2 Red");
        }
        assertThat(run("export", "plan", String.valueOf(planId), "--format", "xlsx")).isEqualTo(2);
    }
}
