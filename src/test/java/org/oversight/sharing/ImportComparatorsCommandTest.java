package org.oversight.sharing;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code oversight import comparators ...} in-process, as the jar would. */
@OversightTest
@Transactional
class ImportComparatorsCommandTest {
    private static final String HEADER = "LA code,LA name,indicator,period,value\n";
    @Autowired OversightCommandLine commandLine;
    @Autowired ComparatorFigureRepository figures;
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

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("comparators.csv"), text);
    }

    @Test
    @DisplayName("should import the figures of a good file, leaving out a suppressed one with a warning, and exit 0")
    void importsAGoodFile() throws Exception {
        Path csv = file(HEADER + "951,Fenwick,CLI 9,2040/41 Q1,61.5\n952,Marlow Vale,CLI 9,2040/41 Q1,x\n");

        assertThat(run("import", "comparators", csv.toString())).isZero();

        assertThat(out.toString()).contains("Imported 1 published comparator figures.")
                .contains("SUPPRESSED: Row 3, value: No figure published");
        assertThat(figures.findByIndicatorCodeAndPeriod("CLI 9", "2040/41 Q1"))
                .extracting(ComparatorFigure::getLaName, f -> f.getFigure().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fenwick", "61.5"));
    }

    @Test
    @DisplayName("should import nothing of a file with an error, naming its row and cell, and exit 1")
    void refusesAFileWithAnError() throws Exception {
        Path csv = file(HEADER + "951,Fenwick,CLI 9,2040/41 Q1,61.5\n952,Marlow Vale,CLI 9,next spring,58\n");

        assertThat(run("import", "comparators", csv.toString(), "--json")).isEqualTo(1);

        assertThat(err.toString()).contains("Row 3, period: \"next spring\" is not a period").contains("Nothing was imported.");
        JsonNode error = JsonMapper.builder().build().readTree(out.toString()).get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("UNREADABLE_PERIOD");
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("column").asString()).isEqualTo("period");
        assertThat(figures.findByIndicatorCodeAndPeriod("CLI 9", "2040/41 Q1")).isEmpty();
    }

    @Test
    @DisplayName("should print the figures and a restated figure's warning as JSON on a dry run, saving nothing")
    void dryRunSavesNothing() throws Exception {
        assertThat(run("import", "comparators", file(HEADER + "951,Fenwick,CLI 9,2040/41 Q1,61.5\n").toString())).isZero();
        Path restated = file(HEADER + "951,Fenwick,CLI 9,2040/41 Q1,63\n953,Ockley,CLI 9,2040/41 Q1,70\n");
        out.getBuffer().setLength(0);

        assertThat(run("import", "comparators", restated.toString(), "--dry-run", "--json")).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("figures")).hasSize(2);
        assertThat(json.get("figures").get(1).get("laName").asString()).isEqualTo("Ockley");
        assertThat(json.get("warnings").get(0).get("code").asString()).isEqualTo("RESTATED");
        assertThat(figures.findByIndicatorCodeAndPeriod("CLI 9", "2040/41 Q1"))
                .extracting(f -> f.getFigure().stripTrailingZeros().toPlainString()).containsExactly("61.5");
    }

    @Test
    @DisplayName("should say there is no such file and exit 1, and refuse a missing file argument as bad usage (2)")
    void missingFile() {
        assertThat(run("import", "comparators", dir.resolve("absent.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("There is no file");
        assertThat(run("import", "comparators")).isEqualTo(2);
    }
}
