package org.oversight.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.importing.formats.Reading.read;
import static org.oversight.importing.formats.Reading.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.oversight.importing.ImportOptions;
import org.oversight.importing.ImportWarning;
import org.oversight.importing.PlanReading;
import org.oversight.importing.PlanUnderstanding;
import org.oversight.importing.SourceCell;
import org.oversight.importing.ImportRefused;
import org.oversight.importing.SourceDocument;
import org.oversight.importing.SourceTable;
import org.oversight.importing.SourceText;
import org.oversight.timescale.DateReader;
import org.oversight.timescale.TimescaleReader;

/**
 * The PDF fixture src/test/resources/importing/merged-plan.pdf was made once from
 * {@link WordFixtures#mergedPlan()}: {@link FixtureFiles} wrote merged-plan.docx, then
 * LibreOffice converted it with {@code soffice --headless --convert-to pdf merged-plan.docx}.
 */
class PdfReaderTest {
    private final PdfReader reader = new PdfReader(FormatLimits.defaults());

    @Test
    void findsTheTablesAndTheTextBetweenThem() throws IOException {
        SourceDocument document = read(reader, fixture(), "merged-plan.pdf");
        assertThat(document.blocks().get(0)).isEqualTo(new SourceText(
                "Ashdown Children's Services Improvement Plan, April 2026 - March 2027", 0, "page 1"));
        assertThat(document.blocks()).filteredOn(SourceText.class::isInstance).map(b -> ((SourceText) b).text())
                .contains("Workstream 1: The front door", "Workstream 2: Children in care");
        SourceTable first = document.tables().get(0);
        assertThat(first.location()).startsWith("page 1");
        assertThat(row(first, 2).cells().get(2).paragraphs()).containsExactly(
                "1.1 Audit forty contacts every month.", "Outcome: leaders know how good front door decisions are.");
        assertThat(row(first, 3).cells().get(1).continuesAbove()).isTrue();
        assertThat(row(first, 3).cells().get(1).text()).isEqualTo("Strengthen management oversight of contacts and referrals.");
        assertThat(row(first, 6).cells().get(3).text()).isEqualTo("Police and Social Care Leads");
    }

    @Test
    void refusesAScanWithNoText() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream drawing = new PDPageContentStream(pdf, page)) {
                drawing.addRect(50, 50, 400, 600);
                drawing.fill();
            }
            assertThatThrownBy(() -> read(reader, bytes(pdf), "scan.pdf")).isInstanceOf(ImportRefused.class)
                    .hasMessageStartingWith("This PDF has no text layer");
        }
    }

    @Test
    void refusesAPasswordProtectedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            assertThatThrownBy(() -> read(reader, bytes(pdf), "locked.pdf")).isInstanceOf(ImportRefused.class)
                    .hasMessageContaining("protected with a password");
        }
    }

    @Test
    void readsATableWithoutRulingLinesFromWhereItsWordsStand() throws IOException {
        SourceDocument document = read(reader, unruled(-1), "borderless.pdf");
        SourceTable table = document.tables().get(0);
        assertThat(table.location()).isEqualTo("page 1");
        assertThat(table.doubt()).isNull();
        assertThat(row(table, 1).cells()).extracting(SourceCell::text).containsExactly("No.", "Recommendation", "Lead", "Timescale");
        assertThat(row(table, 2).cells()).extracting(SourceCell::text).containsExactly("1",
                "Publish the decisions of every cabinet member.", "Monitoring Officer", "June 2026");
        assertThat(row(table, 3).cells().get(2).text()).isEqualTo("Head of Democratic Services");
        assertThat(table.rows()).hasSize(4);
        assertThat(document.blocks()).filteredOn(SourceText.class::isInstance).map(b -> ((SourceText) b).text())
                .containsExactly("Fenwick Council: Governance Action Plan");
    }

    @Test
    void warnsWithThePageWhenALineRunsAcrossTheGuessedColumns() throws IOException {
        SourceDocument document = read(reader, unruled(300), "borderless.pdf");
        assertThat(document.tables().get(0).doubt()).isNotNull();
        PlanReading reading = new PlanUnderstanding(new TimescaleReader(), new DateReader()).read(document, ImportOptions.none());
        assertThat(reading.warnings()).filteredOn(w -> w.code().equals("UNRULED_TABLE_GUESSED"))
                .extracting(ImportWarning::location).containsExactly("page 1");
        assertThat(reading.plan().recommendations()).extracting(r -> r.number()).contains("1", "2");
    }

    @Test
    void readsALineAcrossTheTableBetweenRowsAsAHeadingNotAGuess() throws IOException {
        SourceDocument document = read(reader, unruled(50), "borderless.pdf");
        SourceTable table = document.tables().get(0);
        assertThat(table.doubt()).isNull();
        assertThat(row(table, 4).cells()).extracting(SourceCell::text).containsExactly(
                "Note: the review below was agreed by the cabinet at its meeting in May 2026", "", "", "");
        PlanReading reading = new PlanUnderstanding(new TimescaleReader(), new DateReader()).read(document, ImportOptions.none());
        assertThat(reading.plan().recommendations()).extracting(r -> r.number()).containsExactly("1", "2", "3");
        assertThat(reading.plan().recommendations().get(2).text()).isEqualTo("Review the scheme of delegation.");
        assertThat(reading.warnings()).extracting(ImportWarning::code).doesNotContain("UNRULED_TABLE_GUESSED");
    }

    /**
     * A plan table drawn as words at column positions with no lines, as Word saves a table with
     * its borders off; with a note on a line of its own before the third row, starting at
     * {@code noteAt} points from the page's left (none when negative).
     */
    private static byte[] unruled(float noteAt) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[][] lines = {{"No.", "Recommendation", "Lead", "Timescale"},
                {"1", "Publish the decisions", "Monitoring Officer", "June 2026"}, {"", "of every cabinet member.", "", ""},
                {"2", "Train every councillor.", "Head of Democratic", "November 2026"}, {"", "", "Services", ""},
                {"3", "Review the scheme of delegation.", "Chief Executive", "March 2027"}};
            float[] columns = {50, 90, 300, 420};
            try (PDPageContentStream drawing = new PDPageContentStream(pdf, page)) {
                write(drawing, font, 12, 50, 740, "Fenwick Council: Governance Action Plan");
                float y = 700;
                for (int i = 0; i < lines.length; i++) {
                    if (noteAt >= 0 && i == 5) {
                        write(drawing, font, 9, noteAt, y, "Note: the review below was agreed by the cabinet at its meeting in May 2026");
                        y -= 10;
                    }
                    for (int c = 0; c < columns.length; c++) {
                        if (!lines[i][c].isEmpty()) {
                            write(drawing, font, 9, columns[c], y, lines[i][c]);
                        }
                    }
                    y -= 10;
                }
            }
            return bytes(pdf);
        }
    }

    private static void write(PDPageContentStream drawing, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        drawing.beginText();
        drawing.setFont(font, size);
        drawing.newLineAtOffset(x, y);
        drawing.showText(text);
        drawing.endText();
    }

    static byte[] fixture() throws IOException {
        try (InputStream in = PdfReaderTest.class.getResourceAsStream("/importing/merged-plan.pdf")) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
