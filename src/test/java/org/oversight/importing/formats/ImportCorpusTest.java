package org.oversight.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oversight.importing.DocumentReader;
import org.oversight.importing.ImportOptions;
import org.oversight.importing.ImportWarning;
import org.oversight.importing.PastedTextReader;
import org.oversight.importing.PlanReading;
import org.oversight.importing.PlanUnderstanding;
import org.oversight.plan.PlanExchange;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.plan.PlanExchange.ProgressEntry;
import org.oversight.plan.PlanExchange.RecommendationEntry;
import org.oversight.timescale.DateReader;
import org.oversight.timescale.TimescaleReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every plan of the layout corpus ({@code src/test/resources/corpus/}) in every form it
 * is kept in (the Word document, the PDF LibreOffice made from it, the pasted text) and compares
 * what was read with the hand-written expectation beside it, field by field: each
 * recommendation's number and words, its number of actions, and each action's reference,
 * description, leads, timescale, progress and RAG status, and the warnings by code. Prints a
 * score table (fields right of fields expected) and requires every form of every plan to score
 * in full. The reading only parses: nothing is saved, so no database is involved.
 * A shading gives no colour in pasted text, so there a RAG given only as shading is expected
 * absent, and so is the warning that names the shading.
 */
class ImportCorpusTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    private static final List<String> FORMS = List.of("docx", "pdf", "txt");
    private final FormatLimits limits = new FormatLimits(null, null, Duration.ofMinutes(2));
    private final Map<String, DocumentReader> readers = Map.of("docx", new DocxReader(limits), "pdf", new PdfReader(limits),
            "txt", new PastedTextReader());
    private final PlanUnderstanding understanding = new PlanUnderstanding(new TimescaleReader(), new DateReader());

    @Test
    void everyFormOfEveryCorpusPlanIsReadAsItsExpectationSays() throws IOException {
        List<Path> expectations;
        try (Stream<Path> files = Files.list(CORPUS)) {
            expectations = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(expectations).hasSizeGreaterThanOrEqualTo(20);
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Map<String, Score>> table = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Path file : expectations) {
            String name = file.getFileName().toString().replace(".json", "");
            JsonNode expected = json.readTree(file.toFile());
            for (String form : FORMS) {
                Path document = CORPUS.resolve(name + "." + form);
                assertThat(document).as("the " + form + " form of " + name).exists();
                PlanReading reading = understanding.read(Reading.read(readers.get(form), Files.readAllBytes(document),
                        document.getFileName().toString()), ImportOptions.none());
                Score score = new Score(name + "." + form, wrong);
                compare(expected, form, Objects.requireNonNull(reading), score);
                table.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(form, score);
            }
        }
        System.out.println(print(table));
        assertThat(wrong).as("fields read wrong").isEmpty();
    }

    private static void compare(JsonNode expected, String form, PlanReading reading, Score score) {
        boolean shadingLost = form.equals("txt") && expected.path("layout").path("rag").asString("word").contains("shading");
        List<RecommendationEntry> recs = reading.plan().recommendations();
        score.check("recommendation count", expected.get("recommendations").size(), recs.size());
        int i = 0;
        for (JsonNode rec : expected.get("recommendations")) {
            RecommendationEntry read = i < recs.size() ? recs.get(i) : null;
            String number = rec.get("number").asString();
            String where = "recommendation " + number;
            score.check(where + " number", number, read == null ? null : read.number());
            score.check(where + " text", rec.get("text").asString(), read == null ? null : read.text());
            List<ActionEntry> actions = read == null ? List.of() : read.actions();
            score.check(where + " action count", rec.get("actions").size(), actions.size());
            int j = 0;
            for (JsonNode action : rec.get("actions")) {
                ActionEntry a = j < actions.size() ? actions.get(j) : null;
                String ref = action.has("ref") ? action.get("ref").asString() : number + "." + (j + 1);
                String at = "action " + ref;
                score.check(at + " ref", ref, a == null ? null : a.ref());
                String description = action.hasNonNull("text") ? action.get("text").asString() : rec.get("text").asString();
                score.check(at + " description", description, a == null ? null : a.description());
                score.check(at + " lead", action.get("lead").asString(), a == null ? null : String.join("; ", a.leads()));
                score.check(at + " timescale", action.get("timescale").asString(),
                        a == null || a.timescale() == null ? null : a.timescale().text());
                score.check(at + " progress", action.path("progress").asString(null),
                        a == null || a.progress().isEmpty() ? null : String.join("\n", a.progress().stream().map(ProgressEntry::text).toList()));
                String rag = shadingLost ? null : action.path("rag").asString(null);
                score.check(at + " RAG", rag, a == null ? null : a.rag());
                j++;
            }
            i++;
        }
        // the legend the writer lays out, or one the document words itself (in its introduction)
        JsonNode legend = expected.has("legend") ? expected.get("legend") : expected.path("layout").path("legend").path("entries");
        boolean legendLost = form.equals("txt") && expected.path("layout").path("legend").path("style").asString("").equals("shaded");
        List<PlanExchange.LegendEntry> readLegend = reading.plan().plan().legend();
        if (legend.isMissingNode() || legendLost) {
            score.check("legend entries", 0, readLegend.size());
        } else {
            score.check("legend entries", legend.size(), readLegend.size());
            int k = 0;
            for (JsonNode entry : legend) {
                PlanExchange.LegendEntry e = k < readLegend.size() ? readLegend.get(k) : null;
                score.check("legend " + (k + 1), entry.get("colour").asString() + " = " + entry.get("meaning").asString(),
                        e == null ? null : e.colour() + " = " + e.meaning());
                k++;
            }
        }
        Map<String, Integer> expectedCodes = new HashMap<>();
        for (JsonNode code : expected.path("warnings")) {
            if (!(shadingLost && code.asString().equals("RAG_FROM_SHADING"))) {
                expectedCodes.merge(code.asString(), 1, Integer::sum);
            }
        }
        Map<String, Integer> readCodes = new HashMap<>();
        reading.warnings().stream().map(ImportWarning::code).forEach(c -> readCodes.merge(c, 1, Integer::sum));
        for (String code : expectedCodes.keySet()) {
            score.check("warning " + code, expectedCodes.get(code), readCodes.getOrDefault(code, 0));
        }
        for (ImportWarning w : reading.warnings()) {
            if (!expectedCodes.containsKey(w.code())) {
                score.unexpected("warning " + w.code() + " at " + w.location() + ": " + w.message());
            }
        }
    }

    private static String print(Map<String, Map<String, Score>> table) {
        StringBuilder s = new StringBuilder(String.format("%n%-40s", "Corpus plan"));
        FORMS.forEach(f -> s.append(String.format("%16s", f)));
        s.append('\n');
        int[] right = new int[FORMS.size()];
        int[] of = new int[FORMS.size()];
        table.forEach((name, forms) -> {
            s.append(String.format("%-40s", name));
            for (int f = 0; f < FORMS.size(); f++) {
                Score score = forms.get(FORMS.get(f));
                right[f] += score.right;
                of[f] += score.expected;
                s.append(String.format("%16s", score.right + "/" + score.expected));
            }
            s.append('\n');
        });
        s.append(String.format("%-40s", "All"));
        for (int f = 0; f < FORMS.size(); f++) {
            s.append(String.format("%16s", right[f] + "/" + of[f] + String.format(" %.0f%%", 100.0 * right[f] / of[f])));
        }
        return s.append('\n').toString();
    }

    /** Fields right of fields expected for one form of one plan; a warning not expected counts as one more field expected. */
    private static final class Score {
        private final String document;
        private final List<String> wrong;
        int right;
        int expected;

        Score(String document, List<String> wrong) {
            this.document = document;
            this.wrong = wrong;
        }

        void check(String field, Object want, Object got) {
            expected++;
            if (Objects.equals(normal(want), normal(got))) {
                right++;
            } else {
                wrong.add(document + ": " + field + ": expected <" + want + "> but read <" + got + ">");
            }
        }

        void unexpected(String what) {
            expected++;
            wrong.add(document + ": not expected: " + what);
        }

        /** Words compared as words: a cell's line and paragraph breaks are not a difference. */
        private static Object normal(Object value) {
            return value instanceof String s ? s.replaceAll("\\s+", " ").strip() : value;
        }
    }
}
