package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading minutes from PDF")
class MinutesPdfTest {
    /** Three pages of minutes, wrapped lines ending in a space as Word and LibreOffice write them. */
    static final List<List<String>> AUDIT_COMMITTEE = List.of(
            List.of("Minutes of the meeting of the Audit Committee held on ",
                    "3 March 2026",
                    "31. Apologies",
                    "Apologies were received from Councillor Dobbs.",
                    "32. Internal Audit Plan",
                    "The committee considered the plan and the improve-",
                    "ment actions for the year, and the long-",
                    "term plan for improvement."),
            List.of("RESOLVED that the internal audit plan be approved.",
                    "33. Treasury Management",
                    "The committee noted the treasury management report."),
            List.of("RESOLVED",
                    "1) that the strategy be recommended to Council;",
                    "2) that the Chief Finance Officer report on investments in June.",
                    "34. Work Programme",
                    "NOTED the work programme."));

    @Test
    @DisplayName("should refuse a PDF with no text layer, saying it has no text to read")
    void refusesAScan() {
        assertThatThrownBy(() -> MinutesPdf.read(scan())).isInstanceOf(MinutesPdf.NoText.class)
                .hasMessageContaining("this PDF has no text to read").hasMessageContaining("scan");
    }

    @Test
    @DisplayName("should read minutes over three pages without their running header, footer and page numbers in any item")
    void leavesOutRunningHeadersAndFooters() throws IOException {
        MinutesPdf.Read pdf = MinutesPdf.read(pages(AUDIT_COMMITTEE, "Hartwell Borough Council", "Page %d of %d"));
        ReadMinutes minutes = MinutesReader.read(pdf.text());

        assertThat(pdf.text()).doesNotContain("Hartwell", "Page ");
        assertThat(minutes.board()).isEqualTo("Audit Committee");
        assertThat(minutes.items()).extracting(ReadMinutes.Item::title)
                .containsExactly("Apologies", "Internal Audit Plan", "Treasury Management", "Work Programme");
        assertThat(minutes.items().get(1).decisions().get(0).text()).isEqualTo("that the internal audit plan be approved.");
        assertThat(minutes.items().get(2).decisions().get(0).points()).containsExactly(
                "that the strategy be recommended to Council;", "that the Chief Finance Officer report on investments in June.");
        assertThat(minutes.warnings()).isEmpty();
    }

    @Test
    @DisplayName("should join a word broken at a line end only when the minutes spell it whole elsewhere, keeping other hyphens")
    void joinsBrokenWordsWhenSafe() throws IOException {
        String text = MinutesPdf.read(pages(AUDIT_COMMITTEE, "Hartwell Borough Council", "- %d -")).text();

        assertThat(text).contains("the plan and the improvement actions for the year, and the long-term plan for improvement.");
    }

    @Test
    @DisplayName("should leave out a bare page number at the foot of each page and name the page and line a paragraph starts on")
    void namesPageAndLine() throws IOException {
        MinutesPdf.Read pdf = MinutesPdf.read(pages(AUDIT_COMMITTEE, null, "%d"));
        List<String> lines = MinuteLines.of(pdf.text());

        int treasury = lines.indexOf("33. Treasury Management") + 1;
        assertThat(pdf.place(treasury)).isEqualTo("page 2, line 2");
        assertThat(pdf.place(1)).isEqualTo("page 1, line 1");
        assertThat(lines).doesNotContain("1", "2", "3");
    }

    /** A PDF of these pages of lines, each with the header (if any) at its top and the footer at its foot. */
    static byte[] pages(List<List<String>> pages, String header, String footer) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= pages.size(); n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    if (header != null) {
                        line(content, font, 790, header);
                    }
                    float y = 750;
                    for (String line : pages.get(n - 1)) {
                        line(content, font, y, line);
                        y -= 14;
                    }
                    line(content, font, 40, footer.formatted(n, pages.size()));
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream content, PDType1Font font, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 11);
        content.newLineAtOffset(72, y);
        content.showText(text);
        content.endText();
    }

    /** A PDF whose pages hold only a drawn shape, as a scan holds only a picture. */
    static byte[] scan() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int n = 0; n < 2; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.addRect(72, 400, 400, 300);
                    content.fill();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
