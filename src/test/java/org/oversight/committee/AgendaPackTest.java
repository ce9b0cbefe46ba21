package org.oversight.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.OrganisationAuthority;
import org.oversight.governance.Board;
import org.oversight.governance.BoardKind;
import org.oversight.governance.Boards;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.governance.MemberRole;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.oversight.reporting.PdfUaCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda pack with two public reports and one exempt report: the PDF passes veraPDF's
 * PDF/UA-1 profile with a bookmark per item, and the exempt report's words appear in no public
 * output, only in the exempt pack for those with a role on the board.
 */
@OversightTest
@Transactional
class AgendaPackTest {
    private static final String SECRET = "The provider's weekly price is 8,412 pounds";

    @Autowired MockMvc mvc;
    @Autowired Boards boards;
    @Autowired Meetings meetings;
    @Autowired ReportWorkflow workflow;
    @Autowired CommitteeReports reports;
    @Autowired OrganisationRepository organisations;
    @Autowired org.oversight.account.Accounts accounts;
    @Autowired ReportTemplates templates;

    private long councilA;
    private Meeting meeting;

    @BeforeEach
    void aMeetingWithThreePublishedReports() {
        councilA = organisations.save(new Organisation("Council A", OrganisationKind.COUNCIL)).getId();
        ClearingAccounts.of(accounts, councilA);
        Board panel = new Board("Corporate Parenting Panel", BoardKind.CORPORATE_PARENTING_PANEL).belongTo(councilA);
        panel.addMember("Cllr Ann Brown", MemberRole.CHAIR, "chair");
        meeting = meetings.save(new Meeting(boards.save(panel), LocalDate.now().plusDays(60), null, "Town Hall"));
        ReportTemplate template = CommitteeReportStorageContract.customised(new ReportTemplate(panel));
        template.moveUp(template.getSections().size() - 3);
        templates.saveAndFlush(template);
        published("Improvement plan: progress to date", null, "Twenty of 29 actions are on track.");
        published("Adoption Support Fund", null, "The fund paid for therapy for 41 families.");
        published("Residential placement contract", 3, SECRET);
        workflow.publishAgenda(meeting, "clerk", null);
    }

    private void published(String title, Integer exempt, String content) {
        CommitteeReport report = workflow.draft(meeting, title, "author");
        ReportContent c = CommitteeReportStorageContract.written(exempt, content);
        workflow.rewrite(report.getId(), new ReportContent(title, c.reportOf(), c.contactName(), c.contactPost(), c.contactEmail(),
                exempt, exempt == null ? null : SECRET + " (reason)", c.wardsAffected(), false, null, null,
                exempt == null ? c.purpose() : "Purpose: " + SECRET, c.recommendations(), c.recommendationReasons(),
                c.background(), content, c.implications(), List.of(new BackgroundPaper(
                        exempt == null ? "Ofsted letter" : "Tender file " + SECRET, "Civic Centre"))),
                Map.of("c1", exempt == null ? "Care leavers were asked about " + title : "Providers were asked: " + SECRET));
        workflow.attach(report.getId(), exempt == null ? "Tracker for " + title : "Price schedule: " + SECRET,
                AppendixFile.of(exempt == null ? "tracker.pdf" : "prices.pdf", pdfSaying(exempt == null ? title : SECRET)));
        workflow.sendForClearance(report.getId(), CommitteeReportStorageContract.officers());
        report.getClearances().forEach(cl -> workflow.decide(report.getId(), cl.getId(), cl.getOfficer(), true, null));
    }

    /** A one-page PDF whose text is the given words. */
    static byte[] pdfSaying(String words) {
        try (PDDocument doc = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                stream.beginText();
                stream.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 700);
                stream.showText(words.replace('\u2019', '\''));
                stream.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private byte[] get(String path, RequestPostProcessor... who) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
        for (RequestPostProcessor w : who) {
            request.with(w);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    @DisplayName("should make a public agenda pack PDF that passes PDF/UA-1, with the agenda and a bookmark per item")
    void publicPdfIsAccessible() throws Exception {
        byte[] pdf = get("/meetings/" + meeting.getId() + "/agenda.pdf");

        assertThat(PdfUaCheck.failures(pdf)).isEmpty();
        String text = text(pdf);
        assertThat(text).contains("Item", "Subject", "Page Nos.", "Improvement plan: progress to date",
                "Residential placement contract (exempt: paragraph 3)", "Page 1 of");
        assertThat(text).as("the agenda gives the page each public report starts on")
                .containsPattern("1 Improvement plan: progress to date \\d+").containsPattern("2 Adoption Support Fund \\d+");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("Agenda", "1. Improvement plan: progress to date", "2. Adoption Support Fund",
                    "3. Residential placement contract");
        }
    }

    @Test
    @DisplayName("should keep the exempt report's words out of every public output: agenda HTML, agenda PDF, the board's public page")
    void exemptWordsAppearInNoPublicOutput() throws Exception {
        long boardId = meeting.getBoard().getId();
        List<String> outputs = List.of(
                new String(get("/meetings/" + meeting.getId() + "/agenda"), java.nio.charset.StandardCharsets.UTF_8),
                text(get("/meetings/" + meeting.getId() + "/agenda.pdf")),
                new String(get("/boards/" + boardId + "/public"), java.nio.charset.StandardCharsets.UTF_8),
                new String(get("/boards/" + boardId + "/public.json"), java.nio.charset.StandardCharsets.UTF_8),
                new String(get("/boards/" + boardId + "/meetings.ics"), java.nio.charset.StandardCharsets.UTF_8),
                docxText(get("/meetings/" + meeting.getId() + "/agenda.docx")));
        List<String> withAppendices = new ArrayList<>(outputs);
        for (org.jsoup.nodes.Element link : org.jsoup.Jsoup.parse(outputs.get(0)).select("ul.appendices a")) {
            withAppendices.add(text(get(link.attr("href"))));
        }

        assertThat(withAppendices).hasSize(outputs.size() + 2)
                .allSatisfy(output -> assertThat(output.replaceAll("\\s+", " ")).doesNotContain("8,412"));
        assertThat(outputs.get(0)).contains("Exempt: paragraph 3 of Schedule 12A").contains("The fund paid for therapy");
        for (ReportAppendix exemptAppendix : workflowReports().stream().filter(CommitteeReport::isExempt)
                .flatMap(r -> r.getAppendices().stream()).toList()) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/meetings/" + meeting.getId() + "/agenda/appendices/" + exemptAppendix.getId())).andExpect(status().isNotFound());
        }
    }

    @Test
    @DisplayName("should follow the board's template in the HTML, PDF and Word packs: renamed heading, the council's own section in its place, an implication left out")
    void packFollowsTheTemplate() throws Exception {
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(new String(get("/meetings/" + meeting.getId() + "/agenda"),
                java.nio.charset.StandardCharsets.UTF_8));
        List<String> headings = html.select("#item-1 h3, #item-1 h4").eachText();
        assertThat(headings).containsSubsequence("Context", "Implications for work programming", "Consultation", "Council priorities",
                "Appendices").doesNotContain("Background", "Public health implications");
        assertThat(headings.subList(headings.indexOf("Consultation"), headings.indexOf("Council priorities") + 1))
                .as("moved up above the last implication, which opens its own run of implications")
                .containsExactly("Consultation", "Corporate implications", "Council priorities");
        assertThat(html.select("#item-1").text()).contains("Care leavers were asked about Improvement plan: progress to date");
        assertThat(text(get("/meetings/" + meeting.getId() + "/agenda.pdf"))).contains("Consultation", "Context",
                "Care leavers were asked about Adoption Support Fund");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                get("/meetings/" + meeting.getId() + "/agenda.docx")))) {
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading3".equals(p.getStyle()))
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList())
                    .containsSubsequence("Context", "Corporate implications", "Consultation", "Appendices");
        }
    }

    @Test
    @DisplayName("should list each public report's lettered appendices and background papers in the pack, the appendix a link to its document")
    void appendicesListedUnderTheirItem() throws Exception {
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(new String(get("/meetings/" + meeting.getId() + "/agenda"),
                java.nio.charset.StandardCharsets.UTF_8));
        org.jsoup.nodes.Element first = html.getElementById("item-1");

        assertThat(first.select("ul.appendices a").eachText()).containsExactly("Appendix A: Tracker for Improvement plan: progress to date");
        assertThat(first.text()).contains("Ofsted letter, kept at Civic Centre");
        assertThat(text(get(first.select("ul.appendices a").attr("href")))).contains("Improvement plan: progress to date");
        assertThat(text(get("/meetings/" + meeting.getId() + "/agenda.pdf")))
                .contains("Appendix A: Tracker for Improvement plan: progress to date", "published as separate documents beside this pack");
    }

    private List<CommitteeReport> workflowReports() {
        return reports.findByMeetingOrderById(meeting);
    }

    private static String docxText(byte[] docx) throws Exception {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return words.getText();
        }
    }

    @Test
    @DisplayName("should give the exempt pack to those with a role on the board, and to nobody else")
    void exemptPackOnlyForTheBoard() throws Exception {
        RequestPostProcessor chair = user("chair").authorities(() -> "ROLE_VIEWER", () -> OrganisationAuthority.of(councilA));
        RequestPostProcessor other = user("other").authorities(() -> "ROLE_PLAN_MANAGER", () -> OrganisationAuthority.of(councilA));

        assertThat(text(get("/meetings/" + meeting.getId() + "/agenda/exempt.pdf", chair)).replaceAll("\\s+", " ")).contains("8,412");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/meetings/" + meeting.getId() + "/agenda/exempt.pdf").with(other)).andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/meetings/" + meeting.getId() + "/agenda/exempt")).andExpect(status().is3xxRedirection());
    }

    @Test
    @DisplayName("should make a Word agenda pack with a heading per item that LibreOffice opens, the exempt item as its title and paragraph only")
    void wordPackOpensInLibreOffice(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        byte[] docx = get("/meetings/" + meeting.getId() + "/agenda.docx");

        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            assertThat(headings).containsExactly("Agenda", "1. Improvement plan: progress to date", "2. Adoption Support Fund",
                    "3. Residential placement contract");
            assertThat(doc.getTables().get(0).getRow(3).getCell(1).getText())
                    .isEqualTo("Residential placement contract (exempt: paragraph 3)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(org.oversight.reporting.LibreOffice.installed(), "LibreOffice (soffice) is not installed");
        java.nio.file.Path file = dir.resolve("agenda-pack.docx");
        java.nio.file.Files.write(file, docx);
        String opened = text(java.nio.file.Files.readAllBytes(org.oversight.reporting.LibreOffice.toPdf(file, dir)));
        assertThat(opened).contains("Agenda", "Adoption Support Fund", "The fund paid for therapy for 41 families.",
                "Exempt: paragraph 3 of Schedule 12A");
    }

    @Test
    @DisplayName("should keep the exempt report's words out of the Word agenda pack")
    void exemptWordsNotInWordPack() throws Exception {
        byte[] docx = get("/meetings/" + meeting.getId() + "/agenda.docx");

        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Twenty of 29 actions are on track.", "Residential placement contract")
                    .doesNotContain("8,412");
        }
    }
}
