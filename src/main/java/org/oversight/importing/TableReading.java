package org.oversight.importing;

import static org.oversight.importing.PlanField.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads action tables row by row into recommendations (or key deliverables) and their actions:
 * repeated header rows are skipped, continuation rows join the row they continue, and a cell
 * holding several actions as paragraphs is split only where its neighbours hold matching paragraphs.
 */
final class TableReading {
    static final List<PlanField> PER_ACTION = List.of(OUTCOMES, PRIORITY, LEAD, DEPENDENCIES, START, TIMESCALE, PROGRESS, RAG);

    private final ColumnMapping mapping;
    private final List<ImportWarning> warnings;
    final Map<String, RecommendationDraft> recommendations = new LinkedHashMap<>();
    private RecommendationDraft current;
    private ActionDraft last;
    private final Deque<String> surplus = new ArrayDeque<>();
    private final DoubtfulJoins doubtfulJoins;
    private final java.util.Set<String> shadingNoted = new java.util.HashSet<>();
    final List<String> explanations = new ArrayList<>();
    private TableLayout layout;
    private boolean noNumberColumnWarned;

    private final StructureFixes fixes;

    private final RagLegend legend;

    TableReading(ColumnMapping mapping, List<ImportWarning> warnings, StructureFixes fixes, RagLegend legend) {
        this.fixes = fixes;
        this.legend = legend;
        this.mapping = mapping;
        this.warnings = warnings;
        this.doubtfulJoins = new DoubtfulJoins(warnings);
    }

    void read(SourceTable table, String workstream) {
        List<SourceRow> rows = table.rows();
        if (layout != null && !startsWithHeader(rows) && firstWidth(rows) != layout.width()) {
            layout = null;
        }
        if (layout != null && !rows.isEmpty()) {
            explain(table.location(), rows.get(0).number(), "the table has no header row of its own and is as wide as the one"
                    + " before it, so it continues that table (a page break, or a heading between its rows)");
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> texts = rows.get(i).cells().stream().map(SourceCell::text).toList();
            if (PlanField.isHeader(texts)) {
                layout = TableLayout.of(texts, rows, i, mapping, fixes.numberColumn());
                explain(table.location(), rows.get(i).number(), "header row: " + layout.why());
                for (int c : layout.unnamed()) {
                    warnings.add(new ImportWarning("UNNAMED_COLUMN", null, "Column " + (c + 1) + " has no header and holds"
                            + " text; it was not imported. Name it in the mapping step if it holds a field",
                            table.location() + ", column " + (c + 1)));
                }
                noNumberColumnWarned = false;
                continue;
            }
            if (layout == null) {
                explain(table.location(), rows.get(i).number(), "skipped: no header row naming actions or recommendations yet");
                continue;
            }
            if (rows.get(i).isBlank()) {
                continue;
            }
            Row row = new Row(table.location(), dropJunk(rows.get(i), layout.width(), table.location()), layout.columns());
            if (workstream != null) {
                current = current != null && workstream.equals(current.workstream) ? current : null;
            }
            if (banner(row)) {
                explain(table.location(), row.source().number(), "heading inside the table (one cell of words, no number):"
                        + " not a recommendation");
                continue;
            }
            read(row, rows, i, workstream, layout.columns(), layout.width(), table.location());
        }
        surplus.clear();
    }

    private static boolean startsWithHeader(List<SourceRow> rows) {
        return rows.stream().filter(r -> !r.isBlank()).findFirst()
                .map(r -> PlanField.isHeader(r.cells().stream().map(SourceCell::text).toList())).orElse(false);
    }

    private static int firstWidth(List<SourceRow> rows) {
        return rows.stream().filter(r -> !r.isBlank()).findFirst().map(r -> r.cells().size()).orElse(-1);
    }

    /**
     * A heading row inside a table: one cell of words (a banner spread over the row, or a heading
     * broken over lines whose last line is a range such as "1 - 4"), no action fields and no number.
     */
    private boolean banner(Row row) {
        List<SourceCell> filled = row.source().cells().stream().filter(c -> !c.isBlank() && !c.continuesAbove()).toList();
        if (filled.size() != 1 || row.source().cells().indexOf(filled.get(0)) != 0) {
            return false;
        }
        String text = filled.get(0).text();
        if (RecommendationNumbers.isRange(text) || filled.get(0).paragraphs().stream().anyMatch(RecommendationNumbers::isRange)) {
            return true;
        }
        return layout.has(RECOMMENDATION_NUMBER) && layout.columns().get(RECOMMENDATION_NUMBER) == 0
                && RecommendationNumbers.cell(filled.get(0)) == null;
    }

    private SourceRow dropJunk(SourceRow row, int width, String table) {
        List<SourceCell> cells = new ArrayList<>(row.cells());
        while (cells.size() > width && !cells.isEmpty() && Noise.isJunk(cells.get(0).text())) {
            warnings.add(new ImportWarning("SCANNING_NOISE", null, "Left out the stray mark \"" + cells.get(0).text()
                    + "\" that pushed the row's cells one column to the right", table + ", row " + row.number()));
            cells.remove(0);
        }
        return new SourceRow(row.number(), cells);
    }

    private void read(Row row, List<SourceRow> rows, int index, String workstream, Map<PlanField, Integer> columns,
                      int width, String table) {
        if (fixes.continues(table, row.source().number()) && current != null) {
            corrected(row, columns, table);
            return;
        }
        PlanField keyField = workstream != null && columns.containsKey(KEY_DELIVERABLE) ? KEY_DELIVERABLE : RECOMMENDATION_NUMBER;
        SourceCell keyCell = row.cell(keyField);
        String key = keyCell.text();
        String previous = current == null ? null : current.number;
        RecommendationNumbers.Found found = keyCell.continuesAbove() ? null : RecommendationNumbers.cell(keyCell, previous);
        String number = found == null ? null : found.number();
        if (number == null && !key.isEmpty() && !keyCell.continuesAbove()) {
            warnings.add(new ImportWarning("SCANNING_NOISE", null, "Could not read \"" + key + "\" as a number; the row is"
                    + " read as part of the one above", row.where(keyField)));
        }
        SourceCell recCell = row.cell(RECOMMENDATION);
        String recText = recCell.continuesAbove() ? "" : recCell.text().strip();
        boolean started = false;
        if (number != null) {
            if (RecommendationNumbers.isStray(keyCell) && !RecommendationNumbers.isWrapped(keyCell, previous)) {
                warnings.add(new ImportWarning("STRAY_NUMBER", number, "The number cell holds \"" + key.replace('\n', ' ')
                        + "\"; read " + number + " as the number and the rest as part of a heading above", row.where(keyField)));
            }
            String full = keyField == KEY_DELIVERABLE ? workstream + "." + number : number;
            started = current == null || !full.equals(current.number);
            if (started && recommendations.containsKey(full)) {
                warnings.add(new ImportWarning("NUMBER_SEEN_BEFORE", full, "Recommendation " + full + " was read earlier in"
                        + " the document; the rows from here are added to it. Check whether this is another recommendation"
                        + " whose number was misread", row.where(keyField)));
            }
            current = recommendations.computeIfAbsent(full, n -> new RecommendationDraft(n, row.where(keyField)));
            current.workstream = workstream;
            explain(table, row.source().number(), started ? "starts recommendation " + full + ": its number cell reads \""
                    + key.replace('\n', ' ') + "\"" : "the number cell repeats " + full + ": another row of the same recommendation");
        } else if (!columns.containsKey(keyField) && !recText.isEmpty() && columns.containsKey(RECOMMENDATION)) {
            RecommendationNumbers.Found inText = RecommendationNumbers.start(recText);
            String n = inText != null ? inText.number() : String.valueOf(recommendations.size() + 1);
            if (inText != null) {
                recText = inText.rest();
            } else if (!noNumberColumnWarned) {
                noNumberColumnWarned = true;
                warnings.add(new ImportWarning("NO_NUMBER_COLUMN", n, "Found no column of recommendation numbers and no number"
                        + " at the start of the recommendation; each new recommendation cell is numbered in turn from "
                        + n + ". Check the numbers, or say which column holds them in the mapping step", row.where(RECOMMENDATION)));
            }
            started = true;
            current = recommendations.computeIfAbsent(n, k -> new RecommendationDraft(k, row.where(RECOMMENDATION)));
            current.workstream = workstream;
            explain(table, row.source().number(), "starts recommendation " + n + ": a new recommendation cell begins here"
                    + (inText != null ? " and its words start with the number" : " (numbered in turn)"));
        }
        if (started || number != null) {
            last = null;
            surplus.clear();
        }
        if (!recText.isEmpty()) {
            ensureCurrent(row, workstream).appendText(recText);
            if (!started) {
                explain(table, row.source().number(), "the recommendation cell continues recommendation " + current.number);
            }
        }
        boolean selfActions = !columns.containsKey(DESCRIPTION) && !columns.containsKey(ACTION) && columns.containsKey(RECOMMENDATION);
        if (selfActions) {
            selfAction(row, started, table);
            return;
        }
        PlanField work = columns.containsKey(DESCRIPTION) ? DESCRIPTION : ACTION;
        boolean heading = work == DESCRIPTION && columns.containsKey(ACTION);
        boolean anything = PER_ACTION.stream().anyMatch(f -> !row.text(f).isEmpty()) || !row.text(work).isEmpty()
                || heading && !row.text(ACTION).isEmpty();
        if (!anything) {
            return;
        }
        if (number == null && last != null && surplus.isEmpty() && continues(row, work)) {
            explain(table, row.source().number(), "continues action " + actionName(last) + ": no number, and its words"
                    + " carry on from the row above without a start, target or priority of their own");
            join(row, work, heading);
            return;
        }
        int before = current == null ? 0 : current.actions.size();
        boolean split = fixes.splits(table, row.source().number());
        new RowSplit(this, row, work, heading).split(followers(rows, index, work, columns, width, table), split);
        int made = current.actions.size() - before;
        explain(table, row.source().number(), (made == 1 ? "an action" : made + " actions") + " of recommendation "
                + current.number + (made > 1 ? ": the action cell's paragraphs line up with its neighbours'" : ""));
    }

    /** A row the person said continues the row above: its words join the recommendation and the action above. */
    private void corrected(Row row, Map<PlanField, Integer> columns, String table) {
        String recText = row.cell(RECOMMENDATION).continuesAbove() ? "" : row.text(RECOMMENDATION);
        current.appendText(recText);
        PlanField work = columns.containsKey(DESCRIPTION) ? DESCRIPTION : ACTION;
        if (last == null) {
            last = new ActionDraft(row.where(work));
            current.actions.add(last);
        }
        join(row, work, work == DESCRIPTION && columns.containsKey(ACTION));
        explain(table, row.source().number(), "continues the row above, as the corrections say");
    }

    /** A table with no action column: each recommendation is its own single action, with its lead, dates and progress. */
    private void selfAction(Row row, boolean started, String table) {
        RecommendationDraft rec = ensureCurrent(row, current == null ? null : current.workstream);
        rec.selfAction = true;
        if (rec.actions.isEmpty()) {
            ActionDraft action = new ActionDraft(row.where(RECOMMENDATION));
            action.origins.put(DESCRIPTION, row.where(RECOMMENDATION));
            rec.actions.add(action);
        }
        ActionDraft action = rec.actions.get(0);
        for (PlanField f : PER_ACTION) {
            action.append(f, row.text(f), row.where(f));
        }
        rag(row, action);
        last = action;
        explain(table, row.source().number(), (started ? "" : "continues ") + "recommendation " + rec.number
                + (started ? ", which is also its own action: the table has no action column" : ""));
    }

    /** The RAG colour from the shading of the RAG cell (or, with no RAG column, of the progress cell) when no word gives it. */
    void rag(Row row, ActionDraft action) {
        if (!action.get(RAG).isEmpty()) {
            return;
        }
        PlanField shaded = row.columns().containsKey(RAG) ? RAG : PROGRESS;
        SourceCell cell = row.cell(shaded);
        if (cell.fill() == null) {
            return;
        }
        String where = row.table() + ", column " + shaded.label();
        legend.shade(cell.fill()).ifPresentOrElse(shade -> {
            action.put(RAG, shade.colour().label(), row.where(shaded) + " (cell shading " + cell.fill() + ", " + shade.how() + ")");
            if (shadingNoted.add(where)) {
                warnings.add(new ImportWarning("RAG_FROM_SHADING", null, "The RAG status was read from the colour the "
                        + shaded.label() + " cells are shaded, not from words (" + cell.fill() + ": " + shade.how()
                        + "); check the colours against the document", where));
            }
        }, () -> {
            if (!legend.isEmpty() && RagShading.colour(cell.fill()).isPresent()) {
                warnings.add(new ImportWarning("RAG_SHADE_NOT_IN_LEGEND", null, "The " + shaded.label() + " cell is shaded "
                        + cell.fill() + ", a colour the document's legend at " + legend.location() + " does not give;"
                        + " no RAG status was read from it", row.where(shaded)));
            }
        });
    }

    private static String actionName(ActionDraft a) {
        String text = a.get(DESCRIPTION).isEmpty() ? a.get(ACTION) : a.get(DESCRIPTION);
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }

    void explain(String table, int row, String why) {
        explanations.add(table + ", row " + row + ": " + why);
    }

    /** Warns for each recommendation read from a table that has no action under it. */
    void finish() {
        for (RecommendationDraft r : recommendations.values()) {
            if (r.actions.isEmpty()) {
                warnings.add(new ImportWarning("NO_ACTIONS_UNDER_RECOMMENDATION", r.number, "Recommendation " + r.number
                        + " has no action under it; check whether its actions were read under another recommendation",
                        r.location));
            }
        }
    }

    private boolean continues(Row row, PlanField work) {
        boolean anchored = !row.text(START).isEmpty() || !row.text(TIMESCALE).isEmpty() || !row.text(PRIORITY).isEmpty();
        String text = row.text(work);
        boolean fragment = text.isEmpty() || !Character.isUpperCase(text.charAt(0)) && !Character.isDigit(text.charAt(0));
        return !anchored && (fragment || row.text(LEAD).isEmpty());
    }

    /**
     * Joins a continuation row to the action above. Most are the lines of a cell that a page
     * break or a PDF extraction split over several rows, and join without a word; a row whose
     * text starts a new sentence after one that ended may instead be an action of its own that
     * lacks its lead and dates, so that join is warned.
     */
    private void join(Row row, PlanField work, boolean heading) {
        String text = row.text(work);
        boolean doubtful = !text.isEmpty() && Character.isUpperCase(text.charAt(0))
                && ActionDraft.endsSentence(last.get(work));
        for (PlanField f : PER_ACTION) {
            if (!row.cell(f).continuesAbove()) {
                last.append(f, row.text(f), row.where(f));
            }
        }
        last.append(work, text, row.where(work));
        if (heading) {
            last.append(ACTION, row.text(ACTION), row.where(ACTION));
        }
        rag(row, last);
        if (doubtful) {
            doubtfulJoins.add(row.source().number(), row.where(work), last);
        }
    }

    /** Rows after this one that have no action text of their own but their own dates, priority or lead. */
    private int followers(List<SourceRow> rows, int index, PlanField work, Map<PlanField, Integer> columns, int width, String table) {
        int n = 0;
        for (int j = index + 1; j < rows.size(); j++) {
            SourceRow next = rows.get(j);
            List<String> texts = next.cells().stream().map(SourceCell::text).toList();
            if (next.isBlank() || PlanField.isHeader(texts)) {
                continue;
            }
            Row r = new Row(table, next, columns);
            boolean keyBlank = r.text(RECOMMENDATION_NUMBER).isEmpty() && r.text(KEY_DELIVERABLE).isEmpty();
            boolean own = !r.text(TIMESCALE).isEmpty() || !r.text(START).isEmpty() || !r.text(PRIORITY).isEmpty();
            if (!keyBlank || !r.text(work).isEmpty() || !own) {
                break;
            }
            n++;
        }
        return n;
    }

    RecommendationDraft ensureCurrent(Row row, String workstream) {
        if (current == null) {
            String number = (workstream == null ? "" : workstream + ".") + (recommendations.size() + 1);
            current = recommendations.computeIfAbsent(number, n -> new RecommendationDraft(n, row.where(ACTION)));
            current.workstream = workstream;
            warnings.add(new ImportWarning("MISSING_NUMBER", number, "Actions with no recommendation or key deliverable"
                    + " number above them; numbered " + number, row.where(ACTION)));
        }
        return current;
    }

    void add(ActionDraft action, Row row) {
        ensureCurrent(row, current == null ? null : current.workstream).actions.add(action);
        last = action;
    }

    Deque<String> surplus() {
        return surplus;
    }

    List<ImportWarning> warnings() {
        return warnings;
    }

    /** One row with its cells looked up by field. */
    record Row(String table, SourceRow source, Map<PlanField, Integer> columns) {
        SourceCell cell(PlanField field) {
            Integer c = columns.get(field);
            if (c == null || c >= source.cells().size()) {
                return SourceCell.of();
            }
            SourceCell cell = source.cells().get(c);
            return Noise.isJunk(cell.text()) ? SourceCell.of() : cell;
        }

        String text(PlanField field) {
            return cell(field).text().strip();
        }

        String where(PlanField field) {
            return table + ", row " + source.number() + ", column " + field.label();
        }
    }
}
