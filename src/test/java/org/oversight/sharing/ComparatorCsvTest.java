package org.oversight.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading a download shaped like the Department's local-authority interactive tool's. */
class ComparatorCsvTest {
    @Test
    @DisplayName("should read the shipped sample: every figure but the suppressed one, with a warning naming its row")
    void readsTheSample() {
        ComparatorReading reading = ComparatorCsv.read(SampleFile.text());
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.rows()).hasSize(19);
        assertThat(reading.rows().get(0)).satisfies(r -> {
            assertThat(r.laCode()).isEqualTo("901");
            assertThat(r.indicator()).isEqualTo("LAC 1");
            assertThat(r.period()).isEqualTo("2025/26 Q2");
            assertThat(r.value()).isEqualByComparingTo("71.0");
        });
        assertThat(reading.warnings()).singleElement().satisfies(w -> {
            assertThat(w.where()).isEqualTo("Row 9, value");
            assertThat(w.code()).isEqualTo("SUPPRESSED");
        });
    }

    @Test
    @DisplayName("should name the row and cell of every error: an unreadable period or value, an empty cell, a repeated figure")
    void namesRowAndCell() {
        ComparatorReading reading = ComparatorCsv.read("""
                la_name,LA Code,Indicator,Period,Value
                Kingsmead,901,LAC 1,2025/26 Q2,71
                Ashcombe,902,LAC 1,last spring,64
                Brookfield,903,LAC 1,2025/26 Q2,eighty
                ,904,LAC 1,2025/26 Q2,58
                Kingsmead,901,LAC 1,2025/26 Q2,72
                """);
        assertThat(reading.errors()).extracting(ComparatorProblem::where, ComparatorProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Row 3, period", "UNREADABLE_PERIOD"),
                org.assertj.core.groups.Tuple.tuple("Row 4, value", "UNREADABLE_VALUE"),
                org.assertj.core.groups.Tuple.tuple("Row 5, la name", "MISSING_CELL"),
                org.assertj.core.groups.Tuple.tuple("Row 6", "DUPLICATE_ROW"));
    }

    @Test
    @DisplayName("should refuse a file whose header lacks a column, naming it")
    void missingColumn() {
        ComparatorReading reading = ComparatorCsv.read("LA code,LA name,indicator,value\n901,Kingsmead,LAC 1,71\n");
        assertThat(reading.errors()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("Row 1, period");
            assertThat(e.code()).isEqualTo("MISSING_COLUMN");
        });
    }
}
