package org.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.reporting.internal.PackRenderer;

class PackFormatsTest {
    private static final Map<ReportFormat, byte[]> FILES = new EnumMap<>(ReportFormat.class);
    private static ReportPack pack;

    @BeforeAll
    static void render() {
        PackRenderer renderer = PackRendering.renderer();
        pack = PackExamples.second(PackExamples.plan());
        for (ReportFormat f : ReportFormat.values()) {
            FILES.put(f, renderer.render(pack, f));
        }
    }

    @Test
    @DisplayName("every format shows the same action references with the same status words")
    void formatsAgree() throws Exception {
        for (ReportFormat f : ReportFormat.values()) {
            String text = PackText.of(f, FILES.get(f)).replaceAll("\\s+", " ");
            for (ReportPack.ActionRow a : pack.actions()) {
                assertThat(text).as(f + " shows action " + a.reference()).contains(a.reference());
                assertThat(text).as(f + " shows " + a.reference() + "'s status").contains(a.rag().label()).contains(a.status());
                assertThat(text).as(f + " shows the timescale as read").contains(a.timescaleRead());
            }
            assertThat(text).as(f.name()).contains("Changes since", "Newly red").containsPattern(Pattern.quote(pack.cover().board()));
            assertThat(text).as(f.name()).contains("CPP/17/23", "LAC 1", "contains exempt information");
        }
    }

    @Test
    @DisplayName("statuses carry a symbol and a word wherever they appear in the HTML and PDF")
    void statusNeverColourAlone() throws Exception {
        String pdf = PackText.of(ReportFormat.PDF, FILES.get(ReportFormat.PDF));
        assertThat(pdf).contains("\u25B2 Red", "\u25CF Green");
        String html = PackText.of(ReportFormat.HTML, FILES.get(ReportFormat.HTML));
        assertThat(html).contains("\u25B2 Red", "\u25CA Amber");
    }

    @Test
    @DisplayName("a pack comparing its indicators with other councils shows the neighbours' figures and rank in every format, and its PDF stays PDF/UA-1")
    void comparisonsInEveryFormat() throws Exception {
        ReportPack compared = new ReportPack(pack.cover(), pack.summary(), pack.changes(), pack.exceptions(), pack.actions(),
                pack.indicators(), pack.followUps(), List.of(new ComparisonRow("LAC 1", "Initial health assessments",
                        "2026 Q1", List.of(new ComparisonRow.Line("Kingsmead Borough Council", "70.5%"),
                                new ComparisonRow.Line("Statistical neighbour: Ashcombe", "80.5%"),
                                new ComparisonRow.Line("England", "Not published")),
                        "Ranked 2 of 4 councils with a figure (quartile 2, where quartile 1 is the best quarter).")));
        PackRenderer renderer = PackRendering.renderer();
        for (ReportFormat f : ReportFormat.values()) {
            String text = PackText.of(f, renderer.render(compared, f)).replaceAll("\\s+", " ");
            assertThat(text).as(f.name()).contains("Statistical neighbour: Ashcombe", "80.5%", "Ranked 2 of 4");
            assertThat(PackText.of(f, FILES.get(f))).as(f + " without the option").doesNotContain("Statistical neighbour: Ashcombe");
        }
        assertThat(PdfUaCheck.failures(renderer.render(compared, ReportFormat.PDF))).isEmpty();
    }

    @Test
    @DisplayName("the PDF passes PDF/UA-1 validation with no failed rule")
    void pdfUa() throws Exception {
        assertThat(PdfUaCheck.failures(FILES.get(ReportFormat.PDF))).isEmpty();
    }

    @Test
    @DisplayName("the Word tables repeat their header row and the headings use Word's heading styles")
    void wordStructure() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(FILES.get(ReportFormat.DOCX)))) {
            assertThat(doc.getTables()).isNotEmpty().allSatisfy((XWPFTable t) -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle())).extracting(p -> p.getText())
                    .contains("1. Summary", "3. Exceptions", "4. All actions");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        }
    }

    @Test
    @DisplayName("the workbook has a sheet per section and never writes a formula")
    void workbook() throws Exception {
        ReportPack risky = PackExamples.assembler().assemble(withRiskyText(), PackExamples.request(org.oversight.plan.PlanFixtures.AS_AT, false),
                java.util.Optional.empty());
        byte[] bytes = PackRendering.renderer().render(risky, ReportFormat.XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.sheetIterator()).toIterable().extracting(s -> s.getSheetName())
                    .containsExactly("Cover", "Summary", "Legend", "Changes", "Exceptions", "Actions", "Indicators", "Follow-ups");
            var actions = book.getSheet("Actions");
            var cell = actions.getRow(1).getCell(3);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            book.forEach(s -> s.forEach(r -> r.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA))));
        }
    }

    @Test
    @DisplayName("LibreOffice opens the Word and Excel files and converts them to PDF, when it is installed")
    void libreOfficeConverts(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(LibreOffice.installed(), "LibreOffice (soffice) is not installed");
        for (ReportFormat f : List.of(ReportFormat.DOCX, ReportFormat.XLSX)) {
            Path file = dir.resolve("pack." + f.extension());
            Files.write(file, FILES.get(f));
            Path pdf = LibreOffice.toPdf(file, dir);
            assertThat(Files.size(pdf)).as(f + " converted").isGreaterThan(1000);
        }
    }

    private static org.oversight.plan.ActionPlan withRiskyText() {
        org.oversight.plan.ActionPlan plan = PackExamples.plan();
        var a = plan.findAction("1.1").orElseThrow();
        a.describe("=HYPERLINK(\"http://example.invalid\",\"Click\")", null, null);
        return plan;
    }
}
