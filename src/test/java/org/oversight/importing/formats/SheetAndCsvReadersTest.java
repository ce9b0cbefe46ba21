package org.oversight.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.importing.formats.Reading.read;
import static org.oversight.importing.formats.Reading.row;
import static org.oversight.importing.formats.Reading.texts;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oversight.importing.SourceDocument;
import org.oversight.importing.SourceTable;

class SheetAndCsvReadersTest {
    private static final String CSV = "Ref;Action;Lead\r\n1.1;\"Review the café; then report\";Head of Service\r\n"
            + "1.2;\"Two lines\nin one cell\";\"Board \"\"chair\"\"\"\r\n";

    @Test
    void readsEachSheetWithAnythingInItAsATable() {
        SourceDocument workbook = read(new XlsxReader(FormatLimits.defaults()), SheetFixtures.twoSheets(), "plan.xlsx");
        assertThat(workbook.tables()).extracting(SourceTable::location).containsExactly("sheet Actions", "sheet Notes");
        assertThat(texts(row(workbook.tables().get(1), 4))).containsExactly("Prepared for the improvement board");
    }

    @Test
    void readsCellsAsDisplayedWithMergesCarriedDown() {
        SourceTable actions = read(new XlsxReader(FormatLimits.defaults()), SheetFixtures.twoSheets(), "plan.xlsx")
                .tables().get(0);
        assertThat(row(actions, 2).cells().get(2).paragraphs())
                .containsExactly("4.1 Sample ten case files a month", "Report to the board");
        assertThat(texts(row(actions, 2)).subList(3, 5)).containsExactly("01/10/2026", "3");
        assertThat(row(actions, 3).cells().get(1).continuesAbove()).isTrue();
        assertThat(row(actions, 3).cells().get(1).text()).isEqualTo("Audit the quality of supervision.");
        assertThat(row(actions, 3).cells().get(4).text()).isEqualTo("2.5");
    }

    @Test
    void readsARagGivenAsAnExcelFillColourAndSaysWhereItCameFrom() throws Exception {
        byte[] workbook;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Tracker");
            String[][] rows = {{"No.", "Recommendation", "Lead", "Timescale", "RAG"},
                    {"1", "Publish the forward plan.", "Democratic Services Manager", "May 2026", ""},
                    {"2", "Train the audit committee.", "Head of Internal Audit", "June 2026", ""}};
            String[] fills = {null, "00B050", "FF0000"};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
                if (fills[r] != null) {
                    var style = book.createCellStyle();
                    style.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(java.util.HexFormat.of()
                            .parseHex(fills[r]), null));
                    style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
                    row.getCell(4).setCellStyle(style);
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        SourceDocument document = read(new XlsxReader(FormatLimits.defaults()), workbook, "tracker.xlsx");
        assertThat(row(document.tables().get(0), 3).cells().get(4).fill()).isEqualTo("FF0000");
        var reading = new org.oversight.importing.PlanUnderstanding(new org.oversight.timescale.TimescaleReader(),
                new org.oversight.timescale.DateReader()).read(document, org.oversight.importing.ImportOptions.none());
        assertThat(reading.plan().recommendations()).extracting(r -> r.actions().get(0).rag()).containsExactly("GREEN", "RED");
        assertThat(reading.origin("2.1", org.oversight.importing.PlanField.RAG))
                .isEqualTo("sheet Tracker, row 3, column RAG status (cell shading FF0000, named by its hue; the document prints no legend"
                        + " to check it against)");
        assertThat(reading.warnings()).extracting(org.oversight.importing.ImportWarning::code).contains("RAG_FROM_SHADING");
    }

    @Test
    void readsCsvInUtf8WithByteOrderMarkAndSemicolons() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertCsv(read(new CsvReader(FormatLimits.defaults()), bytes, "plan.csv").tables().get(0));
    }

    @Test
    void readsCsvInWindows1252() {
        byte[] bytes = CSV.getBytes(Charset.forName("windows-1252"));
        assertCsv(read(new CsvReader(FormatLimits.defaults()), bytes, "plan.csv").tables().get(0));
    }

    @Test
    void findsTabAndCommaDelimiters() {
        CsvReader reader = new CsvReader(FormatLimits.defaults());
        String tabs = "Ref\tAction, with comma\n2.1\tMeet, then write\n";
        assertThat(texts(read(reader, tabs.getBytes(StandardCharsets.UTF_8), "t.csv").tables().get(0).rows().get(1)))
                .containsExactly("2.1", "Meet, then write");
        String commas = "Ref,Action\n2.1,Meet\n";
        assertThat(texts(read(reader, commas.getBytes(StandardCharsets.UTF_8), "c.csv").tables().get(0).rows().get(1)))
                .containsExactly("2.1", "Meet");
    }

    @Test
    void readsACellOversightNeutralisedAsThePersonWroteIt() {
        CsvReader reader = new CsvReader(FormatLimits.defaults());
        String exported = "ref,latest_progress\r\n1.1,'-2 weeks behind\r\n1.2,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                + "1.3,''@kept\r\n1.4,'plain\r\n";
        SourceTable table = read(reader, exported.getBytes(StandardCharsets.UTF_8), "plan.csv").tables().get(0);
        assertThat(texts(row(table, 2))).containsExactly("1.1", "-2 weeks behind");
        assertThat(texts(row(table, 3))).containsExactly("1.2", "=HYPERLINK(\"http://x\")");
        assertThat(texts(row(table, 4))).containsExactly("1.3", "'@kept");
        assertThat(texts(row(table, 5))).containsExactly("1.4", "'plain");
    }

    private static void assertCsv(SourceTable table) {
        assertThat(table.location()).isEqualTo("table 1");
        assertThat(texts(row(table, 2))).containsExactly("1.1", "Review the café; then report", "Head of Service");
        assertThat(row(table, 3).cells().get(1).paragraphs()).containsExactly("Two lines", "in one cell");
        assertThat(row(table, 3).cells().get(2).text()).isEqualTo("Board \"chair\"");
    }
}
