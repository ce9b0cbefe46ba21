package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every minutes of the corpus in every form it is kept in (text, Word, PDF) and compares what
 * was read with the expectations written by hand beside it, field by field: board, date, each
 * item's number, title, exempt flag and paragraph, each decision's kind, wording and points,
 * and each warning with the line it points to. Prints the score table; every form of every
 * document must score in full.
 */
@DisplayName("The minutes corpus")
class MinutesCorpusTest {
    static final Path FOLDER = Path.of("src", "test", "resources", "corpus", "minutes");
    static final List<String> FORMS = List.of("txt", "docx", "pdf");

    @Test
    @DisplayName("should read every document in every form exactly as its expected JSON says, and print the score table")
    void everyFormScoresInFull() throws IOException {
        List<String> documents = documents();
        StringBuilder table = new StringBuilder(String.format("%n%-42s %14s %14s %14s%n", "minutes", "text", "docx", "pdf"));
        List<String> wrong = new ArrayList<>();
        int right = 0;
        int expected = 0;
        for (String document : documents) {
            JsonNode expectation = JsonMapper.builder().build().readTree(Files.readString(FOLDER.resolve(document + ".expected.json")));
            table.append(String.format("%-42s", document));
            for (String form : FORMS) {
                Score score = new Score(document + "." + form);
                String text = text(FOLDER.resolve(document + "." + form));
                score.compare(MinutesReader.read(text), MinuteLines.of(text), expectation);
                table.append(String.format(" %6d/%-3d%3s%%", score.right, score.expected, score.right * 100 / score.expected));
                right += score.right;
                expected += score.expected;
                wrong.addAll(score.wrong);
            }
            table.append(System.lineSeparator());
        }
        table.append(String.format("%-42s %d of %d fields right%n", "all", right, expected));
        System.out.println(table);

        assertThat(wrong).as("fields read wrongly").isEmpty();
        assertThat(right).isEqualTo(expected);
    }

    @Test
    @DisplayName("should hold at least eight minutes, each as text, as Word, as PDF and with its expectations")
    void corpusIsComplete() throws IOException {
        List<String> documents = documents();

        assertThat(documents).hasSizeGreaterThanOrEqualTo(8);
        assertThat(documents).allSatisfy(d -> {
            assertThat(FOLDER.resolve(d + ".docx")).isRegularFile();
            assertThat(FOLDER.resolve(d + ".pdf")).isRegularFile();
            assertThat(FOLDER.resolve(d + ".expected.json")).isRegularFile();
        });
    }

    @Test
    @DisplayName("should read any first part of any corpus minutes without failing, every warning pointing inside the text")
    void readsEveryCutWithoutFailing() throws IOException {
        for (String document : documents()) {
            String[] lines = Files.readString(FOLDER.resolve(document + ".txt")).split("\n");
            for (int end = 0; end <= lines.length; end++) {
                String part = String.join("\n", java.util.Arrays.copyOf(lines, end));
                ReadMinutes read = MinutesReader.read(part);
                int count = MinuteLines.of(part).size();
                assertThat(read.items()).as("%s cut at line %d", document, end).allSatisfy(i -> assertThat(i.title()).isNotNull());
                assertThat(read.warnings()).as("%s cut at line %d", document, end)
                        .allSatisfy(w -> assertThat(w.line() == null || w.line() >= 1 && w.line() <= count).isTrue());
            }
        }
    }

    static List<String> documents() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    static String text(Path file) throws IOException {
        if (file.toString().endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file)) {
                return MinutesDocx.text(in);
            }
        }
        if (file.toString().endsWith(".pdf")) {
            return MinutesPdf.read(Files.readAllBytes(file)).text();
        }
        return Files.readString(file);
    }

    /** Fields right of fields expected for one form of one document, and what was wrong. */
    static final class Score {
        final String name;
        int right;
        int expected;
        final List<String> wrong = new ArrayList<>();

        Score(String name) {
            this.name = name;
        }

        void compare(ReadMinutes read, List<String> lines, JsonNode expectation) {
            field("board", text(expectation.get("board")), read.board());
            field("date", text(expectation.get("date")), read.date() == null ? null : read.date().toString());
            JsonNode items = expectation.get("items");
            field("number of items", items.size(), read.items().size());
            for (int i = 0; i < items.size(); i++) {
                JsonNode want = items.get(i);
                ReadMinutes.Item got = i < read.items().size() ? read.items().get(i) : null;
                String at = "item " + (i + 1) + " ";
                field(at + "number", text(want.get("number")), got == null ? "(missing)" : got.number());
                field(at + "title", text(want.get("title")), got == null ? null : got.title());
                field(at + "exempt", want.get("exempt").asBoolean(), got != null && got.exempt());
                if (want.has("exemptParagraph")) {
                    field(at + "exempt paragraph", text(want.get("exemptParagraph")), got == null ? null : got.exemptParagraph());
                }
                JsonNode decisions = want.get("decisions");
                List<ReadMinutes.ReadDecision> gotDecisions = got == null ? List.of() : got.decisions();
                field(at + "number of decisions", decisions.size(), gotDecisions.size());
                for (int d = 0; d < decisions.size(); d++) {
                    JsonNode decision = decisions.get(d);
                    ReadMinutes.ReadDecision made = d < gotDecisions.size() ? gotDecisions.get(d) : null;
                    String which = at + "decision " + (d + 1) + " ";
                    field(which + "kind", text(decision.get("kind")), made == null ? null : made.kind().name());
                    field(which + "text", text(decision.get("text")), made == null ? "(missing)" : made.text());
                    List<String> points = new ArrayList<>();
                    decision.get("points").forEach(p -> points.add(p.asString()));
                    field(which + "points", points, made == null ? null : made.points());
                }
            }
            List<ReadMinutes.Warning> unmatched = new ArrayList<>(read.warnings());
            for (JsonNode warning : expectation.get("warnings")) {
                String code = warning.get("code").asString();
                String place = text(warning.get("at"));
                ReadMinutes.Warning found = unmatched.stream().filter(w -> w.code().equals(code)
                        && Objects.equals(place, w.line() == null ? null : lines.get(w.line() - 1))).findFirst().orElse(null);
                field("warning " + code + " at " + place, true, found != null);
                unmatched.remove(found);
            }
            field("no other warnings", List.of(), unmatched.stream().map(w -> w.code() + " at line " + w.line()).toList());
        }

        private void field(String what, Object want, Object got) {
            expected++;
            if (Objects.equals(want, got)) {
                right++;
            } else {
                wrong.add(name + ": " + what + ": expected <" + want + "> but read <" + got + ">");
            }
        }

        private static String text(JsonNode node) {
            return node == null || node.isNull() ? null : node.asString();
        }
    }
}
