package org.oversight.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightTest;
import org.oversight.cli.OversightCommandLine;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code oversight import indicators ...} in-process, as the jar would. */
@OversightTest
@Transactional
class ImportIndicatorsCommandTest {
    static final String HEADER = String.join(",", IndicatorRow.COLUMNS) + "\n";
    @Autowired OversightCommandLine commandLine;
    @Autowired IndicatorRepository indicators;
    @Autowired IndicatorValueRepository values;
    @Autowired OrganisationRepository organisations;
    @TempDir Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void clearOutput() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    private int run(String... args) {
        return commandLine.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    @DisplayName("should print the values and warnings as JSON on a dry run, save nothing, and exit 0")
    void dryRunJson() throws Exception {
        long before = values.count();
        Path csv = file("v.csv", HEADER + "X 1,Test,percent,higher,2040/41 Q1,31,44,75.0,90,,,,,\n");

        assertThat(run("import", "indicators", csv.toString(), "--dry-run", "--json")).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("values").get(0).get("code").asString()).isEqualTo("X 1");
        assertThat(json.get("values").get(0).get("period").asString()).isEqualTo("2040/41 Q1");
        assertThat(json.get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("75.0");
        JsonNode warning = json.get("warnings").get(0);
        assertThat(warning.propertyNames()).containsExactly("code", "indicator", "period", "message");
        assertThat(warning.get("code").asString()).isEqualTo("PERCENT_MISMATCH");
        assertThat(values.count()).isEqualTo(before);
        assertThat(indicators.findByCodeWithin("X 1", null)).isEmpty();
    }

    @Test
    @DisplayName("should import into the organisation named by --organisation, and refuse an organisation that does not exist")
    void importsForAnOrganisation() throws Exception {
        long council = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL)).getId();
        Path csv = file("v.csv", HEADER + "X 1,Test,count,none,2040,,,7,,,,,,Seven\n");

        assertThat(run("import", "indicators", csv.toString(), "--organisation", "Council A")).isZero();
        assertThat(run("import", "indicators", csv.toString(), "--organisation", "Nowhere")).isEqualTo(2);

        assertThat(indicators.findByCodeWithin("X 1", council)).isPresent();
        assertThat(indicators.findByCodeWithin("X 1", null)).isEmpty();
        assertThat(err.toString()).contains("There is no organisation called Nowhere");
    }

    @Test
    @DisplayName("should import the values and exit 0")
    void imports() throws Exception {
        Path csv = file("v.csv", HEADER + "X 1,Test,count,none,2040,,,7,,,,,,Seven\n");

        assertThat(run("import", "indicators", csv.toString())).isZero();

        assertThat(out.toString()).contains("Imported 1 values");
        assertThat(indicators.findByCodeWithin("X 1", null)).isPresent();
    }

    @Test
    @DisplayName("should exit 1 with the errors as JSON and save nothing when a row cannot be read")
    void refusesBadFile() throws Exception {
        Path csv = file("v.csv", HEADER + "X 1,Test,count,none,2040,,,7,,,,,,Seven\nX 2,Test,count,none,someday,,,7,,,,,,\n");

        assertThat(run("import", "indicators", csv.toString(), "--json")).isEqualTo(1);

        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("errors").get(0).get("message").asString()).contains("Line 3", "someday");
        assertThat(indicators.findByCodeWithin("X 1", null)).isEmpty();
    }

    @Test
    @DisplayName("should exit 1 for a missing file and 2 for bad usage")
    void exitCodes() {
        assertThat(run("import", "indicators", dir.resolve("none.csv").toString())).isEqualTo(1);
        assertThat(run("import", "indicators")).isEqualTo(2);
        assertThat(run("import", "indicators", "a.csv", "--no-such-option")).isEqualTo(2);
    }

    @Test
    @DisplayName("should read an Excel workbook in the same columns")
    void readsWorkbook() throws Exception {
        Path xlsx = dir.resolve("v.xlsx");
        Files.write(xlsx, IndicatorWorkbook.write(IndicatorFilesTest.someRows()));

        assertThat(run("import", "indicators", xlsx.toString(), "--dry-run", "--json",
                "--organisation", "Kingsmead Borough Council")).isZero();

        assertThat(JsonMapper.builder().build().readTree(out.toString()).get("values")).hasSize(3);
    }
}
