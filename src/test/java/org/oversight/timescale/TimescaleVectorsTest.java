package org.oversight.timescale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of timescale/timescales.tsv read as its columns say it should be. */
class TimescaleVectorsTest {

    private static final String VECTORS = "/timescale/timescales.tsv";

    private final TimescaleReader reader = new TimescaleReader();

    record Vector(String text, LocalDate planStart, LocalDate planEnd, TimescaleKind kind, LocalDate due,
                  String recurrence, String note) {

        static Vector of(String line) {
            String[] cells = line.split("\t", -1);
            return new Vector(cells[0], LocalDate.parse(cells[1]), LocalDate.parse(cells[2]),
                    TimescaleKind.valueOf(cells[3]), cells[4].equals("-") ? null : LocalDate.parse(cells[4]),
                    cells[5].equals("-") ? null : cells[5], cells.length > 6 ? cells[6] : "");
        }

        boolean warnsOfPlanPeriod() {
            return note.contains("also warn");
        }

        TimescaleWarningCode expectedWarning() {
            return note.contains("before") ? TimescaleWarningCode.TIMESCALE_BEFORE_PLAN_START
                    : TimescaleWarningCode.TIMESCALE_AFTER_PLAN_END;
        }

        @Override
        public String toString() {
            return "\"" + text + "\" in " + planStart + " to " + planEnd;
        }
    }

    static Stream<Vector> vectors() throws IOException {
        try (InputStream in = TimescaleVectorsTest.class.getResourceAsStream(VECTORS);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Vector> rows = lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("text\t"))
                    .map(Vector::of)
                    .collect(Collectors.toList());
            assertThat(rows).hasSizeGreaterThan(40);
            return rows.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void readsAsTheVectorSays(Vector vector) {
        Timescale read = reader.read(vector.text(), vector.planStart(), vector.planEnd());

        assertThat(read.kind()).as("kind").isEqualTo(vector.kind());
        assertThat(read.due()).as("due").isEqualTo(vector.due());
        assertThat(read.recurrenceIso()).as("recurrence").isEqualTo(vector.recurrence());
        assertThat(read.text()).as("original words").isEqualTo(vector.text());
        assertWarnings(vector, read);
    }

    private static void assertWarnings(Vector vector, Timescale read) {
        List<TimescaleWarningCode> codes = read.warnings().stream().map(TimescaleWarning::code).collect(Collectors.toList());
        if (vector.kind() == TimescaleKind.UNKNOWN) {
            assertThat(codes).as("warnings").containsExactly(TimescaleWarningCode.UNREADABLE_TIMESCALE);
        } else if (vector.warnsOfPlanPeriod()) {
            assertThat(codes).as("warnings").containsExactly(vector.expectedWarning());
        } else {
            assertThat(codes).as("warnings").isEmpty();
        }
    }
}
