package org.oversight.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.RagColour;
import org.oversight.plan.RagTally;

/** The overview's CSV, workbook and chart: what a reader opening them gets. */
class OverviewFilesTest {
    private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

    private static OverviewRow row(String council, String plan, int red, int amber, int green) {
        Map<RagColour, Integer> counts = new EnumMap<>(RagColour.class);
        counts.put(RagColour.RED, red);
        counts.put(RagColour.AMBER, amber);
        counts.put(RagColour.GREEN, green);
        return new OverviewRow(1, council, "Vale and Downs region", 7, plan, "Ofsted ILACS", LocalDate.of(2025, 5, 1),
                new RagTally(counts, red + amber + green, RagColour.GREEN), 2, 1, LocalDate.of(2026, 3, 1), 30L, Trend.WORSE);
    }

    @Test
    @DisplayName("should keep a cell a spreadsheet would take for a formula as text, behind an apostrophe, in CSV")
    void csvNeutralisesFormulas() {
        String csv = OverviewFiles.csv(List.of(row("=HYPERLINK(\"x\")", "+plan, with comma", 3, 2, 5)), AS_AT);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("Council,Region,Plan,Inspection");
        assertThat(lines.get(1)).startsWith("\"'=HYPERLINK(\"\"x\"\")\",Vale and Downs region,\"'+plan, with comma\",Ofsted ILACS,2025-05-01,2026-03-31,3,2,5,0,10,2,1,2026-03-01,30,Worse");
    }

    @Test
    @DisplayName("should name the instance a received row came from and the day it was received, and leave both empty for this instance's own")
    void csvSaysWhereAReceivedRowCameFrom() {
        OverviewRow own = row("Ashcombe", "Plan", 1, 0, 0);
        OverviewRow received = new OverviewRow(0, "Fenwick", null, 0, "Plan", null, null, own.tally(), 0, 0, null, null,
                Trend.NONE, "Northmoor instance", java.time.Instant.parse("2026-03-02T10:15:00Z"));
        List<String> lines = OverviewFiles.csv(List.of(own, received), AS_AT).lines().toList();
        assertThat(lines.get(0)).endsWith(",Trend since previous round,Published by instance,Received on");
        assertThat(lines.get(1)).endsWith(",Worse,,");
        assertThat(lines.get(2)).startsWith("Fenwick,,Plan,").endsWith(",No earlier round,Northmoor instance,2026-03-02");
    }

    @Test
    @DisplayName("should write the workbook with numbers as numbers and formula-like text quote-prefixed")
    void workbookKeepsTextAsText() throws Exception {
        byte[] xlsx = OverviewFiles.xlsx(List.of(row("@council", "Plan", 3, 2, 5)), AS_AT);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Overview");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("@council");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(1).getCell(15).getStringCellValue()).isEqualTo("Worse");
        }
    }

    @Test
    @DisplayName("should draw each council's bar with a title and the counts in words, escaping names")
    void chartSaysItInWords() {
        String svg = RagMixChart.of(List.of(row("Kingsmead <& Co>", "Plan", 3, 2, 5)), "RAG mix", "Bars per council");
        assertThat(svg).contains("role=\"img\"", "<title id=\"rag-mix-title\">RAG mix</title>",
                "<desc id=\"rag-mix-desc\">Bars per council</desc>", "Kingsmead &lt;&amp; Co&gt;: Red 3",
                "Kingsmead &lt;&amp; Co&gt;: Amber 2", "Kingsmead &lt;&amp; Co&gt;: Green 5");
        assertThat(svg).doesNotContain("<& Co>");
        assertThat(org.jsoup.Jsoup.parse(svg).text()).as("the symbol written as a reference reads as the symbol")
                .contains(RagColour.RED.symbol() + " 3");
    }

    @Test
    @DisplayName("should order worse trends first and most red first")
    void sortsAsAsked() {
        OverviewRow a = row("Ashcombe", "Plan", 1, 0, 0);
        OverviewRow b = row("Brookfield", "Plan", 4, 0, 0);
        assertThat(List.of(a, b).stream().sorted(Overview.OverviewSort.named("red").comparator()).map(OverviewRow::council))
                .containsExactly("Brookfield", "Ashcombe");
        assertThat(List.of(b, a).stream().sorted(Overview.OverviewSort.named("nonsense").comparator())
                .map(OverviewRow::council)).containsExactly("Ashcombe", "Brookfield");
        assertThat(Trend.between(0.5, 0.4)).isEqualTo(Trend.BETTER);
        assertThat(Trend.between(0.4, 0.5)).isEqualTo(Trend.WORSE);
        assertThat(Trend.between(0.4, 0.4)).isEqualTo(Trend.SAME);
    }
}
