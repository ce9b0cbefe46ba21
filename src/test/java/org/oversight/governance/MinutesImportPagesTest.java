package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

@OversightTest
@Transactional
@DisplayName("Importing minutes on the web")
class MinutesImportPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Boards boards;
    @Autowired
    Meetings meetings;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("should ask for the board and the date, with an error summary, when the minutes give neither, then import them")
    void asksForBoardAndDate() throws Exception {
        Path word = MinutesCorpusTest.FOLDER.resolve("06-no-board-no-date.docx");
        long before = meetings.count();

        Document preview = Jsoup.parse(mvc.perform(multipart("/minutes/import")
                        .file(new MockMultipartFile("file", "minutes.docx", null, Files.readAllBytes(word)))
                        .with(user("manager").roles("PLAN_MANAGER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(preview.title()).startsWith("Error:");
        assertThat(preview.select(".govuk-error-summary a")).extracting(e -> e.attr("href"), e -> e.text()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("#board", "Enter the board or committee that met: the minutes do not name it"),
                org.assertj.core.groups.Tuple.tuple("#date", "Enter the date of the meeting: the minutes do not give it"));
        assertThat(preview.select("#board.govuk-input--error, #date.govuk-input--error")).hasSize(2);
        assertThat(preview.select("#items tbody tr")).hasSize(5);
        assertThat(preview.select("#items").text()).contains("Fostering Service Annual Report", "the annual report be noted;");
        assertThat(meetings.count()).isEqualTo(before);

        MvcResult saved = mvc.perform(post("/minutes/import/confirm").with(user("manager").roles("PLAN_MANAGER")).with(csrf())
                        .param("text", preview.select("input[name=text]").val())
                        .param("board", "Fostering Panel (web import test)").param("date", "16 November 2026"))
                .andExpect(status().is3xxRedirection()).andReturn();

        Board board = boards.named("Fostering Panel (web import test)", null).orElseThrow();
        Meeting meeting = meetings.findByBoardOrderByDate(board).get(0);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting.getId());
        assertThat(meeting.getDate()).hasToString("2026-11-16");
        assertThat(meeting.getAgendaItems()).hasSize(5);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where change_kind = 'MINUTES_IMPORTED' and entity_id = ?",
                Long.class, meeting.getId())).isEqualTo(1);
    }

    @Test
    @DisplayName("should import a committee web page's minutes with an exempt item that then reaches no public page or feed")
    void exemptItemStaysOutOfPublicOutputs() throws Exception {
        String text = Files.readString(MinutesCorpusTest.FOLDER.resolve("01-moderngov-cabinet.txt"));

        Document preview = Jsoup.parse(mvc.perform(post("/minutes/import").with(user("manager").roles("PLAN_MANAGER")).with(csrf())
                .param("text", text)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(preview.select(".govuk-error-summary")).isEmpty();
        assertThat(preview.select("#board").val()).isEqualTo("Cabinet");
        assertThat(preview.select("#date").val()).isEqualTo("2026-11-04");
        assertThat(preview.select("#items tbody tr").get(6).text())
                .contains("Residential Children's Home - Contract Award", "Exempt (Schedule 12A, paragraph 3): never published");

        mvc.perform(post("/minutes/import/confirm").with(user("manager").roles("PLAN_MANAGER")).with(csrf())
                .param("text", text).param("board", "Cabinet").param("date", "2026-11-04")).andExpect(status().is3xxRedirection());

        long board = boards.named("Cabinet", null).orElseThrow().getId();
        for (String url : new String[] {"/boards/" + board + "/public", "/boards/" + board + "/public.json", "/boards/" + board + "/meetings.ics"}) {
            String published = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(published).as(url).doesNotContain("Residential Children", "preferred bidder", "contract savings");
        }
        assertThat(mvc.perform(get("/boards/" + board + "/public")).andReturn().getResponse().getContentAsString())
                .contains("Home to School Transport Policy 2027/28");
    }

    @Test
    @DisplayName("should say which item shapes it looked for when it finds none, and save nothing")
    void namesTheShapesLookedFor() throws Exception {
        long before = meetings.count();

        Document page = Jsoup.parse(mvc.perform(post("/minutes/import").with(user("manager").roles("PLAN_MANAGER")).with(csrf())
                .param("text", "Dear Councillor,\nPlease find the papers attached.\n"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#text");
        assertThat(page.select(".govuk-error-summary").text()).contains("No item headings were found",
                "Looked for minute numbers with a committee prefix", "title-case headings");
        assertThat(meetings.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should read an uploaded PDF of minutes into the preview, exempt item marked, nothing saved yet")
    void readsAPdfIntoThePreview() throws Exception {
        long before = meetings.count();

        Document preview = Jsoup.parse(mvc.perform(multipart("/minutes/import")
                        .file(new MockMultipartFile("file", "cabinet-minutes.pdf", "application/pdf",
                                Files.readAllBytes(MinutesCorpusTest.FOLDER.resolve("01-moderngov-cabinet.pdf"))))
                        .with(user("manager").roles("PLAN_MANAGER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(preview.select(".govuk-error-summary")).isEmpty();
        assertThat(preview.select("#board").val()).isEqualTo("Cabinet");
        assertThat(preview.select("#date").val()).isEqualTo("2026-11-04");
        assertThat(preview.select("#items tbody tr")).hasSize(7);
        assertThat(preview.select("#items tbody tr").get(6).text())
                .contains("Residential Children's Home - Contract Award", "Exempt (Schedule 12A, paragraph 3): never published");
        assertThat(meetings.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should refuse a scanned PDF, saying it has no text to read")
    void refusesAScannedPdf() throws Exception {
        Document page = Jsoup.parse(mvc.perform(multipart("/minutes/import")
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", MinutesPdfTest.scan()))
                        .with(user("manager").roles("PLAN_MANAGER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#text");
        assertThat(page.select(".govuk-error-summary").text()).contains("This PDF has no text to read", "text recognition (OCR)");
    }

    @Test
    @DisplayName("should refuse a broken PDF, naming the files it reads")
    void refusesABrokenPdf() throws Exception {
        Document page = Jsoup.parse(mvc.perform(multipart("/minutes/import")
                        .file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", "%PDF-1.7\n%binary".getBytes()))
                        .with(user("manager").roles("PLAN_MANAGER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#text");
        assertThat(page.select(".govuk-error-summary").text()).contains("The file could not be read", "a PDF with text");
    }
}
