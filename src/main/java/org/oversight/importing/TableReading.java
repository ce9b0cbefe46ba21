package org.oversight.importing;

import static org.oversight.importing.PlanField.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads action tables row by row into recommendations (or key deliverables) and their actions:
 * repeated header rows are skipped, continuation rows join the row they continue, and a cell
 * holding several actions as paragraphs is split only where its neighbours hold matching paragraphs.
 */
final class TableReading {
    static final List<PlanField> PER_ACTION = List.of(OUTCOMES, PRIORITY, LEAD, DEPENDENCIES, START, TIMESCALE, PROGRESS, RAG);
    private static final Pattern NUMBER = Pattern.compile("^\\(?(\\d{1,3}(?:\\.\\d{1,3})*)\\)?\\.?(?=$|[\\s,&)])");

    private final ColumnMapping mapping;
    private final List<ImportWarning> warnings;
    final Map<String, RecommendationDraft> recommendations = new LinkedHashMap<>();
    private RecommendationDraft current;
    private ActionDraft last;
    private final Deque<String> surplus = new ArrayDeque<>();
    private final DoubtfulJoins doubtfulJoins;

    TableReading(ColumnMapping mapping, List<ImportWarning> warnings) {
        this.mapping = mapping;
        this.warnings = warnings;
        this.doubtfulJoins = new DoubtfulJoins(warnings);
    }

    void read(SourceTable table, String workstream) {
        Map<PlanField, Integer> columns = null;
        int width = 0;
        List<SourceRow> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            List<String> texts = rows.get(i).cells().stream().map(SourceCell::text).toList();
            if (PlanField.isHeader(texts)) {
                columns = columns(texts);
                width = texts.size();
                continue;
            }
            if (columns == null || rows.get(i).isBlank()) {
                continue;
            }
            Row row = new Row(table.location(), dropJunk(rows.get(i), width, table.location()), columns);
            if (workstream != null) {
                current = current != null && workstream.equals(current.workstream) ? current : null;
            }
            read(row, rows, i, workstream, columns, width, table.location());
        }
        surplus.clear();
    }

    private Map<PlanField, Integer> columns(List<String> headers) {
        Map<PlanField, Integer> columns = new EnumMap<>(PlanField.class);
        for (int c = 0; c < headers.size(); c++) {
            PlanField field = mapping.fieldOf(headers.get(c));
            if (field != IGNORED) {
                columns.putIfAbsent(field, c);
            }
        }
        return columns;
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
        PlanField keyField = workstream != null && columns.containsKey(KEY_DELIVERABLE) ? KEY_DELIVERABLE : RECOMMENDATION_NUMBER;
        String key = row.text(keyField);
        Matcher m = NUMBER.matcher(key);
        String number = m.find() ? m.group(1) : null;
        if (number == null && !key.isEmpty()) {
            warnings.add(new ImportWarning("SCANNING_NOISE", null, "Could not read \"" + key + "\" as a number; the row is"
                    + " read as part of the one above", row.where(keyField)));
        }
        if (number != null) {
            String full = keyField == KEY_DELIVERABLE ? workstream + "." + number : number;
            current = recommendations.computeIfAbsent(full, n -> new RecommendationDraft(n, row.where(keyField)));
            current.workstream = workstream;
            last = null;
            surplus.clear();
        }
        String recText = row.text(RECOMMENDATION);
        if (!recText.isEmpty()) {
            ensureCurrent(row, workstream).appendText(recText);
        }
        PlanField work = columns.containsKey(DESCRIPTION) ? DESCRIPTION : ACTION;
        boolean heading = work == DESCRIPTION && columns.containsKey(ACTION);
        boolean anything = PER_ACTION.stream().anyMatch(f -> !row.text(f).isEmpty()) || !row.text(work).isEmpty()
                || heading && !row.text(ACTION).isEmpty();
        if (!anything) {
            return;
        }
        if (number == null && last != null && surplus.isEmpty() && continues(row, work)) {
            join(row, work, heading);
            return;
        }
        new RowSplit(this, row, work, heading).split(followers(rows, index, work, columns, width, table));
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
            last.append(f, row.text(f));
        }
        last.append(work, text);
        if (heading) {
            last.append(ACTION, row.text(ACTION));
        }
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
