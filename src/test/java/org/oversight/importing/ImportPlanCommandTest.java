package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import javax.sql.DataSource;
import org.oversight.cli.CommandLineMode;
import org.oversight.cli.OversightCommandLine;
import org.springframework.context.ConfigurableApplicationContext;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code oversight import plan ...} in-process against a test database, as the jar would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(locations = "classpath:test-database.properties")
class ImportPlanCommandTest {
    @Autowired
    OversightCommandLine commandLine;
    @Autowired
    PlanRepository plans;
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void clearOutput() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    @DisplayName("should print the exchange JSON, write nothing and exit 0 with --dry-run --json")
    void dryRunPrintsTheExchange() throws Exception {
        long before = plans.count();

        assertThat(run("import", "plan", file("plan.txt", PlanImporterTest.PASTED).toString(), "--dry-run", "--json",
                "--as-at", "2024-09-01")).as(err.toString()).isZero();

        JsonNode plan = json.readTree(out.toString());
        assertThat(plan.get("plan").get("periodStart").asString()).isEqualTo("2024-05-01");
        assertThat(plan.get("plan").get("asAt").asString()).isEqualTo("2024-09-01");
        assertThat(plan.get("recommendations")).hasSize(2);
        assertThat(plan.get("recommendations").get(0).get("actions").get(0).get("ref").asString()).isEqualTo("1.1");
        assertThat(plan.get("warnings").valueStream().map(w -> w.get("code").asString())).contains("MISSING_LEAD");
        assertThat(plans.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should print the grid as found and why each row became what it became with --explain, writing nothing")
    void explainPrintsTheGridAndTheReasons() throws Exception {
        long before = plans.count();
        Path pdf = Path.of("src", "test", "resources", "corpus", "01-headless-number-merged.pdf");

        assertThat(run("import", "plan", pdf.toString(), "--explain")).as(err.toString()).isZero();

        assertThat(out.toString())
                .contains("Grid of page 1: 8 rows, 7 columns")
                .containsPattern("row +3 \\| \\^1 \\| \\^Improve the quality")
                .contains("page 1, row 1: header row: column 1 has no header of its own but holds numbers")
                .contains("page 1, row 2: starts recommendation 1")
                .contains("Read 3 recommendations and 7 actions");
        assertThat(plans.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should exit 1 with a clear message and write nothing for a refused file")
    void refusedFileExitsOne() throws Exception {
        long before = plans.count();
        Path junk = dir.resolve("plan.txt");
        Files.write(junk, new byte[] {1, 0, 2, 3});

        assertThat(run("import", "plan", junk.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("This file is not text");
        assertThat(out.toString()).isEmpty();

        assertThat(run("import", "plan", junk.toString(), "--json")).isEqualTo(1);
        assertThat(json.readTree(out.toString()).get("errors").get(0).get("code").asString()).isEqualTo("IMPORT_REFUSED");
        assertThat(run("import", "plan", dir.resolve("absent.docx").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("There is no file");
        assertThat(plans.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should exit 2 for bad usage")
    void badUsageExitsTwo() throws Exception {
        assertThat(run("import", "plan")).isEqualTo(2);
        assertThat(run("import", "plan", file("plan.txt", PlanImporterTest.PASTED).toString(), "--as-at", "someday")).isEqualTo(2);
        assertThat(run("import", "plan", "plan.txt", "--plan", "seven")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    @DisplayName("should import a plan, then a newer version of it with --plan, matching actions by reference")
    void importsThenUpdatesWithPlan() throws Exception {
        assertThat(run("import", "plan", file("plan.txt", PlanImporterTest.PASTED).toString(), "--json"))
                .as(err.toString()).isZero();
        long id = json.readTree(out.toString()).get("plan").asLong();
        clearOutput();

        assertThat(run("import", "plan", file("newer.txt", PlanUpdateTest.NEWER).toString(), "--plan", String.valueOf(id),
                "--json")).as(err.toString()).isZero();

        JsonNode result = json.readTree(out.toString());
        assertThat(result.get("plan").asLong()).isEqualTo(id);
        assertThat(result.get("matched").asInt()).isEqualTo(3);
        assertThat(result.get("added").asInt()).isEqualTo(1);
        assertThat(result.get("warnings").get(0).get("message").asString()).contains("2.1");
        assertThat(run("import", "plan", file("newer.txt", PlanUpdateTest.NEWER).toString(), "--plan", "987654")).isEqualTo(1);
        assertThat(err.toString()).contains("There is no plan with id 987654");
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    @DisplayName("should read a file for a dry run or an explanation without any database, printing what the whole application prints")
    void aDryRunNeedsNoDatabase() throws Exception {
        Path docx = Path.of("src/test/resources/corpus/02-no-column-shaded-rag.docx");
        Path pdf = Path.of("src/test/resources/corpus/01-headless-number-merged.pdf");
        String[][] commands = {
                {"import", "plan", docx.toString(), "--dry-run"},
                {"import", "plan", docx.toString(), "--dry-run", "--json", "--as-at", "2024-09-01"},
                {"import", "plan", pdf.toString(), "--explain"},
                {"import", "plan", file("plan.txt", PlanImporterTest.PASTED).toString(), "--dry-run", "--period-start", "2024-04-01"}};
        try (ConfigurableApplicationContext reading = CommandLineMode.start(FileReadingScope.class,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/no-database-here")) {
            assertThat(reading.getBeanNamesForType(DataSource.class)).isEmpty();
            OversightCommandLine alone = reading.getBean(OversightCommandLine.class);
            for (String[] command : commands) {
                clearOutput();
                assertThat(run(command)).as(err.toString()).isZero();
                String whole = out.toString();
                clearOutput();

                assertThat(alone.execute(command, new PrintWriter(out, true), new PrintWriter(err, true)))
                        .as(err.toString()).isZero();

                assertThat(out.toString()).as(String.join(" ", command)).isEqualTo(whole).isNotBlank();
            }
            clearOutput();
            assertThat(alone.execute(new String[] {"export", "plan", "1"}, new PrintWriter(out, true), new PrintWriter(err, true)))
                    .as("only reading is there").isEqualTo(2);
        }
    }

    @Test
    @DisplayName("should start the whole application for an import that writes or reads a stored plan, and the reading part for the rest")
    void onlyReadingRunsAlone() {
        assertThat(FileReadingScope.takes(List.of("import", "plan", "a.docx", "--dry-run"))).isTrue();
        assertThat(FileReadingScope.takes(List.of("import", "plan", "--explain", "a.pdf"))).isTrue();
        assertThat(FileReadingScope.takes(List.of("import", "plan", "a.docx"))).isFalse();
        assertThat(FileReadingScope.takes(List.of("import", "plan", "a.docx", "--dry-run", "--plan", "4"))).isFalse();
        assertThat(FileReadingScope.takes(List.of("import", "plan", "a.docx", "--dry-run", "--plan=4"))).isFalse();
        assertThat(FileReadingScope.takes(List.of("import", "indicators", "a.csv", "--dry-run"))).isFalse();
        assertThat(FileReadingScope.takes(List.of("export", "plan", "1", "--dry-run"))).isFalse();
    }

    private int run(String... args) {
        return commandLine.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
