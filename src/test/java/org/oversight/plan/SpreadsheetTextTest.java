package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+44 20 7946 0000", "-2 since last year", "@SUM(A1:A2)", "\tindented", "\rreturn"})
    @DisplayName("should write a cell a spreadsheet would run as a formula with a leading apostrophe, and read it back as written")
    void neutralisesFormulaStarts(String written) {
        assertThat(SpreadsheetText.neutralise(written)).isEqualTo("'" + written);
        assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(written))).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plain text", "", "'quoted", "'=already apostrophed", "''-two", "it's = fine", "1.5"})
    @DisplayName("should give back exactly what was written, whatever apostrophes it began with")
    void roundTripsEveryCell(String written) {
        assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(written))).isEqualTo(written);
    }

    @Test
    @DisplayName("should leave text that cannot start a formula as it is")
    void leavesSafeTextAlone() {
        assertThat(SpreadsheetText.neutralise("Audit of 40 contacts")).isEqualTo("Audit of 40 contacts");
        assertThat(SpreadsheetText.neutralise("'quoted")).isEqualTo("'quoted");
        assertThat(SpreadsheetText.restore("'quoted")).isEqualTo("'quoted");
    }
}
