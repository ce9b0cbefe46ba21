package org.oversight.importing.formats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import org.oversight.importing.DocumentReader;
import org.oversight.importing.ImportRefused;

/**
 * Coverage-guided fuzzing of every reader with Jazzer. In the normal test run each method
 * replays its seed inputs (src/test/resources/org/oversight/importing/formats/ReaderFuzzTestInputs/METHOD/);
 * to fuzz for real, one method at a time:
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=ReaderFuzzTest#docx -Djazzer.max_duration=10m} (without
 * {@code jazzer.max_duration} it stops after the method's maxDuration). A finding is saved beside the
 * seeds and replayed in every later run; the corpus grows in .cifuzz-corpus/ (not committed).
 * Any outcome other than a document or an {@link ImportRefused} is a finding.
 */
class ReaderFuzzTest {
    private static final FormatLimits LIMITS = new FormatLimits(null, null, Duration.ofSeconds(10));

    @FuzzTest(maxDuration = "5m")
    void docx(byte[] input) throws IOException {
        read(new DocxReader(LIMITS), input, "fuzz.docx");
    }

    @FuzzTest(maxDuration = "5m")
    void xlsx(byte[] input) throws IOException {
        read(new XlsxReader(LIMITS), input, "fuzz.xlsx");
    }

    @FuzzTest(maxDuration = "5m")
    void csv(byte[] input) throws IOException {
        read(new CsvReader(LIMITS), input, "fuzz.csv");
    }

    @FuzzTest(maxDuration = "5m")
    void pdf(byte[] input) throws IOException {
        read(new PdfReader(LIMITS), input, "fuzz.pdf");
    }

    private static void read(DocumentReader reader, byte[] input, String name) throws IOException {
        try {
            reader.read(new ByteArrayInputStream(input), name);
        } catch (ImportRefused expected) {
            // a clear refusal is the only acceptable failure
        }
    }
}
