package org.oversight.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Indicator values files")
class IndicatorFilesTest {
    static final String HEADER = String.join(",", IndicatorRow.COLUMNS);

    static List<IndicatorRow> someRows() {
        return List.of(
                new IndicatorRow(0, "LAC 1", "Initial health assessments, within 20 days", Unit.PERCENT, Polarity.HIGHER,
                        ReportingPeriod.parse("2017/18 Q2"), new BigDecimal("31"), new BigDecimal("44"), new BigDecimal("70.5"),
                        new BigDecimal("90"), new BigDecimal("61"), new BigDecimal("58.4"), null, null, "Said \"late\", again"),
                new IndicatorRow(0, "LAC 5a", "=HYPERLINK(\"http://x\")", Unit.COUNT, Polarity.NONE,
                        ReportingPeriod.parse("2017-03-31"), null, null, new BigDecimal("190"), null, null, null, "LAC 5",
                        "placement location", "-2 since last year\nsee note"),
                new IndicatorRow(0, "CP 1", "Rate", Unit.RATE, Polarity.NONE, ReportingPeriod.parse("2016"), null, null,
                        new BigDecimal("-1.5"), null, null, null, null, null, "@risk"));
    }

    @Test
    @DisplayName("should read back exactly what it writes as CSV")
    void csvRoundTrip() {
        IndicatorSheet read = IndicatorCsv.read(IndicatorCsv.write(someRows()));

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line").isEqualTo(someRows());
    }

    @Test
    @DisplayName("should write text a spreadsheet would take for a formula with a leading apostrophe")
    void preventsFormulaInjection() {
        String csv = IndicatorCsv.write(someRows());

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", ",'@risk").contains(",-1.5,");
    }

    @Test
    @DisplayName("should neutralise tab and carriage-return starts too, keep negative figures as numbers, and read every cell back as written")
    void neutralisesEveryFormulaStartAndRoundTrips() {
        List<IndicatorRow> rows = List.of(new IndicatorRow(0, "CP 9", "'=kept as typed", Unit.COUNT, Polarity.NONE,
                ReportingPeriod.parse("2016"), null, null, new BigDecimal("-3"), null, null, null, null, null, "\tindented note"),
                new IndicatorRow(0, "CP 10", "+44 helpline", Unit.COUNT, Polarity.NONE,
                ReportingPeriod.parse("2016"), null, null, new BigDecimal("4"), null, null, null, null, null, "\rreturned"));

        String csv = IndicatorCsv.write(rows);

        assertThat(csv).contains(",''=kept as typed,", ",-3,", ",'\tindented note,", ",'+44 helpline,", "\"'\rreturned\"")
                .doesNotContain(",'-3,");
        IndicatorSheet read = IndicatorCsv.read(csv);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(IndicatorRow::title).containsExactly("'=kept as typed", "+44 helpline");
        assertThat(read.rows().get(0).value()).isEqualByComparingTo("-3");
        assertThat(read.rows().get(0).commentary()).isEqualTo("\tindented note");
    }

    @Test
    @DisplayName("should read back exactly what it writes as Excel, text as text")
    void xlsxRoundTrip() throws Exception {
        byte[] workbook = IndicatorWorkbook.write(someRows());
        IndicatorSheet read = IndicatorWorkbook.read(new ByteArrayInputStream(workbook));

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line").isEqualTo(someRows());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            var cell = book.getSheetAt(0).getRow(2).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    @DisplayName("should report each unreadable cell with its line and keep no rows from a bad file")
    void reportsProblems() {
        IndicatorSheet read = IndicatorCsv.read(HEADER + "\nA,,percent,higher,2017/18 Q5,1,2,50,,,,,,\n"
                + "B,,furlongs,higher,2017/18 Q1,,,5,,,,,,\nC,,count,none,2016,,,many,,,,,,\nD,,count,none,2016,,,4,,,,,,x\n");

        assertThat(read.problems()).containsExactly(
                "Line 2: \"2017/18 Q5\" is not a period: write 2016/17, 2017/18 Q2, 2016 or 2017-03-31",
                "Line 3: \"furlongs\" is not a unit: use percent, count, score, days or rate",
                "Line 4: the value \"many\" is not a number");
        assertThat(read.readable()).isFalse();
    }

    @Test
    @DisplayName("should refuse a file without the required columns")
    void refusesWrongHeader() {
        assertThat(IndicatorCsv.read("indicator,figure\nA,1\n").problems()).hasSize(5)
                .first().asString().contains("no \"code\" column");
    }
}
