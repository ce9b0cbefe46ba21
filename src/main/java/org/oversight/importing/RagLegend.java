package org.oversight.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.plan.RagColour;

/**
 * The RAG legend (the "key") a document prints: what each colour means in this plan, and, where
 * the legend's cells are shaded, the very shade the document uses for each colour. Found as
 * <ul>
 * <li>a row of colour words with their meanings in the row below ("Green | Amber | Red" over
 * "On target | Slipping | Not started");</li>
 * <li>rows each starting with a colour word, or with a shaded cell, and giving its meaning;</li>
 * <li>a row of shaded cells that hold only meanings ("Complete" on blue, "On track" on green);</li>
 * <li>lines or a paragraph of text: "Red - not started; Amber - in progress; Green - complete".</li>
 * </ul>
 * Rows below a table's header row are the plan's own and are never taken for a legend. With the
 * legend, a shaded RAG cell is named by the legend entry whose shade it has (a council's "amber"
 * may be a yellow), and a status written in the legend's words ("On track") by that entry's colour.
 */
record RagLegend(List<Entry> entries, String location) {
    /** One colour of the legend; {@code fill} the shade its cell has in the document, or null. */
    record Entry(RagColour colour, String meaning, String fill) {
    }

    /** How a shaded cell was named: its colour and the words saying how. */
    record Shade(RagColour colour, String how) {
    }

    private static final int MAX_MEANING = 200;
    private static final Pattern COLOUR_WORD = Pattern.compile("(?i)^(red|amber|green|blue|yellow)$");
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?i)\\b(red|amber|green|blue|yellow)\\b\\s*(?:[-–—=:]|\\bmeans\\b|\\bis\\b)\\s*");
    /** Shades further apart than this (in RGB) are not the same shade printed twice. */
    private static final double NEAR = 90;

    RagLegend {
        entries = List.copyOf(entries);
    }

    static RagLegend none() {
        return new RagLegend(List.of(), null);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The first legend in the document, in reading order; none when it prints no legend. */
    static RagLegend find(SourceDocument document) {
        List<Entry> lines = new ArrayList<>();
        String linesStart = null;
        for (SourceBlock block : document.blocks()) {
            List<Entry> said = block instanceof SourceText text ? said(text.text()) : List.of();
            if (!said.isEmpty()) {
                linesStart = lines.isEmpty() ? ((SourceText) block).location() : linesStart;
                lines.addAll(said);
                continue;
            }
            if (distinct(lines) >= 2) {
                return new RagLegend(lines, linesStart);
            }
            lines.clear();
            Optional<RagLegend> found = block instanceof SourceTable table ? inTable(table) : Optional.empty();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return distinct(lines) >= 2 ? new RagLegend(lines, linesStart) : none();
    }

    private static Optional<RagLegend> inTable(SourceTable table) {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow row : table.rows()) {
            if (PlanField.isHeader(row.cells().stream().map(SourceCell::text).toList())) {
                break;
            }
            rows.add(row);
        }
        for (int i = 0; i < rows.size(); i++) {
            String where = table.location() + ", row " + rows.get(i).number();
            SourceRow row = rows.get(i);
            Optional<RagLegend> found = colourRow(rows, i, where).or(() -> shadedRow(row, where));
            if (found.isPresent()) {
                return found;
            }
            List<Entry> listed = new ArrayList<>();
            for (int j = i; j < rows.size(); j++) {
                Optional<Entry> entry = colourAndMeaning(rows.get(j));
                if (entry.isEmpty()) {
                    break;
                }
                listed.add(entry.get());
            }
            if (distinct(listed) >= 2) {
                return Optional.of(new RagLegend(listed, where));
            }
            Optional<RagLegend> inCell = rows.get(i).cells().stream()
                    .map(c -> inText(c.text(), where)).flatMap(Optional::stream).findFirst();
            if (inCell.isPresent()) {
                return inCell;
            }
        }
        return Optional.empty();
    }

    /** A row of colour words (two or more) and under each, in the next row, its meaning. */
    private static Optional<RagLegend> colourRow(List<SourceRow> rows, int i, String where) {
        if (i + 1 >= rows.size()) {
            return Optional.empty();
        }
        List<SourceCell> top = rows.get(i).cells();
        List<SourceCell> below = rows.get(i + 1).cells();
        List<Entry> entries = new ArrayList<>();
        for (int c = 0; c < top.size(); c++) {
            Optional<RagColour> colour = colourWord(top.get(c).text());
            if (colour.isPresent()) {
                String meaning = c < below.size() ? below.get(c).text().replace('\n', ' ').strip() : "";
                if (meaning.isEmpty() || meaning.length() > MAX_MEANING || colourWord(meaning).isPresent()) {
                    return Optional.empty();
                }
                String fill = top.get(c).fill() != null ? top.get(c).fill() : below.get(c).fill();
                entries.add(new Entry(colour.get(), meaning, fill));
            } else if (!top.get(c).isBlank() && !top.get(c).text().equalsIgnoreCase("key")
                    && !top.get(c).text().equalsIgnoreCase("rag") && !top.get(c).text().toLowerCase(Locale.ROOT).startsWith("key")) {
                return Optional.empty();
            }
        }
        return distinct(entries) >= 2 ? Optional.of(new RagLegend(entries, where)) : Optional.empty();
    }

    /** A row whose shaded cells (two or more shades) hold only meanings, each shade its colour. */
    private static Optional<RagLegend> shadedRow(SourceRow row, String where) {
        List<Entry> entries = new ArrayList<>();
        for (SourceCell cell : row.cells()) {
            Optional<RagColour> hue = RagShading.colour(cell.fill());
            String text = cell.text().replace('\n', ' ').strip();
            if (hue.isPresent() && !text.isEmpty() && text.length() <= MAX_MEANING) {
                entries.add(new Entry(colourWord(text).orElse(hue.get()), text, cell.fill()));
            } else if (!cell.isBlank() && !text.toLowerCase(Locale.ROOT).startsWith("key") && !text.equalsIgnoreCase("rag")) {
                return Optional.empty();
            }
        }
        return distinct(entries) >= 2 ? Optional.of(new RagLegend(entries, where)) : Optional.empty();
    }

    /** A legend row "Red | Not started", or a shaded cell beside its meaning; nothing else in the row. */
    private static Optional<Entry> colourAndMeaning(SourceRow row) {
        List<SourceCell> filled = row.cells().stream().filter(c -> !c.isBlank() || RagShading.colour(c.fill()).isPresent()).toList();
        if (filled.size() != 2 || filled.get(1).isBlank()) {
            return Optional.empty();
        }
        SourceCell key = filled.get(0);
        String meaning = filled.get(1).text().replace('\n', ' ').strip();
        if (meaning.length() > MAX_MEANING || colourWord(meaning).isPresent()) {
            return Optional.empty();
        }
        Optional<RagColour> colour = key.isBlank() ? RagShading.colour(key.fill()) : colourWord(key.text());
        return colour.map(c -> new Entry(c, meaning, key.fill()));
    }

    /** "Red - not started; Amber - in progress; Green - complete", in one paragraph or a cell. */
    static Optional<RagLegend> inText(String text, String where) {
        List<Entry> entries = said(text);
        return distinct(entries) >= 2 ? Optional.of(new RagLegend(entries, where)) : Optional.empty();
    }

    /** The legend entries a paragraph gives ("Red - not started"), when it says nothing else. */
    private static List<Entry> said(String text) {
        Matcher m = IN_TEXT.matcher(text);
        List<int[]> marks = new ArrayList<>();
        List<RagColour> colours = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
            colours.add(colourWord(m.group(1)).orElseThrow());
        }
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            int end = k + 1 < marks.size() ? marks.get(k + 1)[0] : text.length();
            String meaning = text.substring(marks.get(k)[1], end).strip().replaceAll("[;,.]+$", "").strip();
            if (meaning.isEmpty() || meaning.length() > MAX_MEANING) {
                return List.of();
            }
            entries.add(new Entry(colours.get(k), meaning, null));
        }
        if (entries.size() >= 2) {
            entries.set(entries.size() - 1, lastCut(entries));
        }
        String before = marks.isEmpty() ? "" : text.substring(0, marks.get(0)[0]).strip();
        boolean keyOnly = before.isEmpty() || before.matches("(?i).{0,20}\\b(key|legend|rag( status)?)\\b\\W*");
        return keyOnly ? entries : List.of();
    }

    /**
     * The last meaning of a legend run into the sentence after it (a PDF joins the lines "Blue -
     * Complete" and "The actions follow." into one): where it is more than twice as long as the
     * longest other meaning, it ends before the first word after its first that opens with a capital.
     */
    private static Entry lastCut(List<Entry> entries) {
        Entry last = entries.get(entries.size() - 1);
        int longest = entries.subList(0, entries.size() - 1).stream().mapToInt(e -> e.meaning().split("\\s+").length).max().orElse(0);
        String[] words = last.meaning().split("\\s+");
        if (words.length <= 2 * longest) {
            return last;
        }
        for (int w = 1; w < words.length; w++) {
            if (Character.isUpperCase(words[w].codePointAt(0))) {
                return new Entry(last.colour(), String.join(" ", java.util.Arrays.copyOf(words, w)).replaceAll("[;,.]+$", ""), last.fill());
            }
        }
        return last;
    }

    private static Optional<RagColour> colourWord(String text) {
        String t = text.strip();
        return COLOUR_WORD.matcher(t).matches() ? RagColour.fromWord(t) : Optional.empty();
    }

    private static long distinct(List<Entry> entries) {
        return entries.stream().map(Entry::colour).distinct().count();
    }

    /**
     * Names a shaded cell: by the legend entry printed in the same shade (or the nearest one
     * printed); without shades in the legend, by its hue, when the legend has that colour (a
     * yellow standing for amber where the legend has amber and no yellow). Empty when the shade
     * names no colour, or one the legend does not have.
     */
    Optional<Shade> shade(String fill) {
        Optional<RagColour> hue = RagShading.colour(fill);
        if (fill == null || hue.isEmpty() && entries.stream().noneMatch(e -> fill.equals(e.fill()))) {
            return Optional.empty();
        }
        Optional<Entry> printed = entries.stream().filter(e -> e.fill() != null)
                .min(Comparator.comparingDouble(e -> distance(e.fill(), fill)))
                .filter(e -> distance(e.fill(), fill) <= NEAR);
        if (printed.isPresent()) {
            Entry e = printed.get();
            return Optional.of(new Shade(e.colour(), "the shade the legend at " + location + " gives " + e.colour().label()
                    + " (\"" + e.meaning() + "\")"));
        }
        if (entries.isEmpty()) {
            return hue.map(c -> new Shade(c, "named by its hue; the document prints no legend to check it against"));
        }
        RagColour colour = hue.get();
        if (has(colour)) {
            return Optional.of(new Shade(colour, "named by its hue, " + colour.label() + " in the legend at " + location));
        }
        if (colour == RagColour.YELLOW && has(RagColour.AMBER)) {
            return Optional.of(new Shade(RagColour.AMBER, "a yellow, taken for Amber: the legend at " + location
                    + " has Amber and no Yellow"));
        }
        return Optional.empty();
    }

    /** The colour whose meaning a status word gives ("On track" where the legend says "Green: On track"). */
    Optional<RagColour> byMeaning(String word) {
        String w = normal(word);
        // a narrow status column breaks its words over lines when a PDF is read ("Compl ete")
        Optional<RagColour> joined = entries.stream().filter(e -> normal(e.meaning()).replace(" ", "").equals(w.replace(" ", "")))
                .map(Entry::colour).findFirst();
        if (joined.isPresent()) {
            return joined;
        }
        if (w.length() < 4) {
            return Optional.empty();
        }
        return entries.stream().filter(e -> normal(e.meaning()).equals(w)).map(Entry::colour).findFirst()
                .or(() -> {
                    List<RagColour> starting = entries.stream().filter(e -> normal(e.meaning()).startsWith(w + " "))
                            .map(Entry::colour).distinct().toList();
                    return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
                });
    }

    private boolean has(RagColour colour) {
        return entries.stream().anyMatch(e -> e.colour() == colour);
    }

    private static String normal(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
    }

    private static double distance(String a, String b) {
        if (a == null || b == null || !a.matches("[0-9A-F]{6}") || !b.matches("[0-9A-F]{6}")) {
            return Double.MAX_VALUE;
        }
        double sum = 0;
        for (int i = 0; i < 6; i += 2) {
            int d = Integer.parseInt(a.substring(i, i + 2), 16) - Integer.parseInt(b.substring(i, i + 2), 16);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
