package org.oversight.importing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.List;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage-guided fuzzing (Jazzer) of the readers that need no file format library: pasted or
 * extracted text, read all the way through the understanding step, and the exchange JSON. As
 * {@code ReaderFuzzTest}: seeds in src/test/resources/org/oversight/importing/PlanTextFuzzTestInputs/METHOD/,
 * and anything other than a reading or an {@link ImportRefused} is a finding.
 */
class PlanTextFuzzTest {
    private static final PlanFiles FILES = new PlanFiles(List.of(new PastedTextReader()), ExampleDocuments.understanding(),
            JsonMapper.builder().build(), DataSize.ofMegabytes(20));

    @FuzzTest(maxDuration = "5m")
    void pastedText(byte[] input) throws IOException {
        read(input, "pasted table.txt");
    }

    @FuzzTest(maxDuration = "5m")
    void exchangeJson(byte[] input) throws IOException {
        read(input, "plan.json");
    }

    private static void read(byte[] input, String name) throws IOException {
        try {
            FILES.read(input, name, ImportOptions.none(), ColumnMapping.empty());
        } catch (ImportRefused expected) {
            // a clear refusal is the only acceptable failure
        }
    }
}
