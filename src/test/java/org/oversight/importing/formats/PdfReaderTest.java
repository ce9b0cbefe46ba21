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
import org.junit.jupiter.api.Test;
import org.oversight.importing.ImportRefused;
import org.oversight.importing.SourceDocument;
import org.oversight.importing.SourceTable;
import org.oversight.importing.SourceText;

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
