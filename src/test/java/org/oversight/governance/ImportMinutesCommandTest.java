package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.cli.OversightCommandLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code oversight import minutes ...} in-process against a test database, as the jar would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(locations = "classpath:test-database.properties")
class ImportMinutesCommandTest {
    @Autowired
    OversightCommandLine commandLine;
    @Autowired
    Boards boards;
    @Autowired
    Meetings meetings;
    @Autowired
    FollowUps followUps;
    @Autowired
    WorkProgramme programme;
    TransactionTemplate transaction;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void clearOutput(@Autowired PlatformTransactionManager transactions) {
        transaction = new TransactionTemplate(transactions);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    @DisplayName("should print the 2009 minutes as minutes JSON on a dry run and store nothing")
    void dryRunPrintsJson() {
        Path file = SharedExamples.path(SharedExamples.SCRUTINY_2009);
        long before = meetings.count();

        assertThat(run("import", "minutes", file.toString(), "--dry-run", "--json")).as(err.toString()).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("meeting").get("date").asString()).isEqualTo("2009-10-06");
        assertThat(json.get("meeting").get("present")).hasSize(12);
        assertThat(json.get("meeting").get("apologies")).hasSize(3);
        assertThat(json.get("items")).hasSize(11);
        JsonNode item33 = json.get("items").get(8);
        assertThat(item33.get("number").asString()).isEqualTo("CFL/09/33");
        assertThat(item33.get("exempt").asBoolean()).isFalse();
        assertThat(item33.get("decisions").get(0).get("kind").asString()).isEqualTo("RESOLVED");
        assertThat(item33.get("decisions").get(0).get("points")).hasSize(4);
        assertThat(json.get("items").get(9).get("decisions").get(0).get("points")).hasSize(4);
        assertThat(meetings.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should read minutes from a PDF on a dry run, print them as JSON and store nothing")
    void dryRunReadsAPdf() {
        Path file = MinutesCorpusTest.FOLDER.resolve("01-moderngov-cabinet.pdf");
        long before = meetings.count();

        assertThat(run("import", "minutes", file.toString(), "--dry-run", "--json")).as(err.toString()).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("meeting").get("date").asString()).isEqualTo("2026-11-04");
        assertThat(json.get("items")).hasSize(7);
        assertThat(json.get("items").get(6).get("title").asString()).isEqualTo("Residential Children's Home - Contract Award");
        assertThat(json.get("items").get(6).get("exempt").asBoolean()).isTrue();
        assertThat(meetings.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should refuse a scanned PDF, saying it has no text to read, and store nothing")
    void refusesAScannedPdf(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scan.pdf");
        Files.write(file, MinutesPdfTest.scan());
        long before = meetings.count();

        assertThat(run("import", "minutes", file.toString(), "--dry-run")).isNotZero();

        assertThat(err.toString()).contains("this PDF has no text to read");
        assertThat(meetings.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("should store the meeting, its follow-ups and the work programme move, then refuse the same minutes again")
    void importsAndRefusesTwice(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("panel.txt");
        Files.writeString(file, MinuteFixtures.panelWithExclusion().replace("Corporate Parenting Panel", "Import Test Panel")
                .replace("CPP/17/23.", "CPP/17/26. Work programme\nRESOLVED that the Sufficiency Report be moved from"
                        + " 6 June 2017 to 4 July 2017.\n\nCPP/17/23."));

        assertThat(run("import", "minutes", file.toString(), "--json")).as(err.toString()).isZero();

        transaction.executeWithoutResult(status -> {
            Board board = boards.named("Import Test Panel", null).orElseThrow();
            Meeting meeting = meetings.findByBoardOrderByDate(board).get(0);
            assertThat(meeting.getAgendaItems()).hasSize(6);
            assertThat(meeting.getAgendaItems().get(4).isExempt()).isTrue();
            assertThat(followUps.findByBoardOrderById(board)).hasSize(3);
            WorkProgrammeItem moved = programme.findByBoardOrderByPlannedForAscIdAsc(board).get(0);
            assertThat(moved.getHistory().get(1).describe()).isEqualTo("Moved from 6 June 2017 to 4 July 2017");
        });

        assertThat(run("import", "minutes", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already has minutes");
        assertThat(meetings.findByBoardOrderByDate(boards.named("Import Test Panel", null).orElseThrow())).hasSize(1);
    }

    @Test
    @DisplayName("should exit 1 when the text holds no minutes, and 2 on a date it cannot read")
    void refusesBadInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("letter.txt");
        Files.writeString(file, "Dear Councillor,\nPlease find the papers attached.\n");

        assertThat(run("import", "minutes", file.toString(), "--json")).isEqualTo(1);
        assertThat(out.toString()).contains("NO_ITEMS");
        assertThat(err.toString()).contains("No item headings were found").contains("Looked for minute numbers with a committee prefix")
                .contains("numbered items").contains("title-case headings").contains("Nothing was imported");
        assertThat(run("import", "minutes", file.toString(), "--date", "next Tuesday")).isEqualTo(2);
    }

    @Test
    @DisplayName("should ask for --board and --date when the minutes name neither, then import them for that board and date")
    void asksForBoardAndDate() {
        Path file = MinutesCorpusTest.FOLDER.resolve("06-no-board-no-date.txt");

        assertThat(run("import", "minutes", file.toString(), "--json")).isEqualTo(1);
        assertThat(err.toString()).contains("do not say which board met or when: give --board NAME and --date D");
        out.getBuffer().setLength(0);
        assertThat(run("import", "minutes", file.toString(), "--board", "Fostering Panel (import test)", "--json")).isEqualTo(1);
        assertThat(err.toString()).contains("do not say when the meeting was: give --date D");
        out.getBuffer().setLength(0);

        assertThat(run("import", "minutes", file.toString(), "--board", "Fostering Panel (import test)", "--date", "2026-11-16",
                "--json")).as(err.toString()).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("meeting").get("board").asString()).isEqualTo("Fostering Panel (import test)");
        assertThat(json.get("warnings")).as("the board and date given settle the warnings that they were missing").isEmpty();
        transaction.executeWithoutResult(status -> {
            Board board = boards.named("Fostering Panel (import test)", null).orElseThrow();
            Meeting meeting = meetings.findByBoardOrderByDate(board).get(0);
            assertThat(meeting.getDate()).hasToString("2026-11-16");
            assertThat(meeting.getAgendaItems()).extracting(AgendaItem::getTitle).containsExactly("Apologies for Absence",
                    "Declarations of Interest", "Fostering Service Annual Report", "Foster Carer Allowances", "Date of Next Meeting");
        });
    }

    @Test
    @DisplayName("should print each warning with its code and line, for a Word document its paragraph, for a PDF its page and line")
    void printsWarningsWithTheirPlace() {
        String minutes = MinutesCorpusTest.FOLDER.resolve("05-part-two-without-exclusion").toString();

        assertThat(run("import", "minutes", minutes + ".txt", "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Would import 5 items of the Corporate Parenting Panel meeting on 2 November 2026")
                .contains("Warning PART_II_WITHOUT_EXCLUSION (line 21): A \"PART II - MINUTES\" heading is not followed by a"
                        + " resolution to exclude the press and public")
                .contains("Warning EXEMPT_BY_PARAGRAPH (line 27)");
        out.getBuffer().setLength(0);

        assertThat(run("import", "minutes", minutes + ".docx", "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Warning PART_II_WITHOUT_EXCLUSION (paragraph 15)");
        out.getBuffer().setLength(0);

        assertThat(run("import", "minutes", minutes + ".pdf", "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Warning PART_II_WITHOUT_EXCLUSION (page 1, line 18)");
    }

    private int run(String... args) {
        return commandLine.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
