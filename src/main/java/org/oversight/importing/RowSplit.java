package org.oversight.importing;

import static org.oversight.importing.PlanField.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one table row into one or more actions. A work cell with several paragraphs becomes
 * several actions when a neighbour holds the same number of paragraphs (single-paragraph
 * neighbours then apply to all); when the rows below hold only dates and leads, its extra
 * paragraphs are theirs; otherwise it stays one action and {@code UNALIGNED_CELLS} is warned.
 */
final class RowSplit {
    private final TableReading reading;
    private final TableReading.Row row;
    private final PlanField work;
    private final boolean heading;

    RowSplit(TableReading reading, TableReading.Row row, PlanField work, boolean heading) {
        this.reading = reading;
        this.row = row;
        this.work = work;
        this.heading = heading;
    }

    void split(int followers) {
        split(followers, false);
    }

    /** As {@link #split(int)}; {@code asked}: the person said this cell holds one action a paragraph. */
    void split(int followers, boolean asked) {
        List<String> paragraphs = row.cell(work).paragraphs();
        int k = paragraphs.size();
        if (k == 0) {
            String carried = reading.surplus().poll();
            add(carried == null ? "" : carried, -1, 1);
            return;
        }
        if (k == 1) {
            add(paragraphs.get(0), -1, 1);
            return;
        }
        if (asked) {
            for (int i = 0; i < k; i++) {
                add(paragraphs.get(i), i, k);
            }
            return;
        }
        List<Integer> counts = TableReading.PER_ACTION.stream().map(f -> row.cell(f).paragraphs().size()).toList();
        boolean allSingle = counts.stream().allMatch(c -> c <= 1);
        if (allSingle && followers > 0 && followers >= k - 1) {
            add(paragraphs.get(0), -1, 1);
            reading.surplus().addAll(paragraphs.subList(1, k));
            return;
        }
        boolean matched = counts.contains(k) && counts.stream().allMatch(c -> c <= 1 || c == k);
        if (matched) {
            for (int i = 0; i < k; i++) {
                add(paragraphs.get(i), i, k);
            }
            return;
        }
        if (!allSingle) {
            reading.warnings().add(new ImportWarning("UNALIGNED_CELLS", null, mismatch(k, counts)
                    + ": kept as one action; split it by hand if it holds several", row.where(work)));
        }
        add(String.join("\n", paragraphs), -1, 1);
    }

    private String mismatch(int k, List<Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i) > 1 && counts.get(i) != k) {
                parts.add(TableReading.PER_ACTION.get(i).label() + " " + counts.get(i));
            }
        }
        return "The " + work.label() + " cell has " + k + " paragraphs but " + String.join(", ", parts);
    }

    /** Adds an action from paragraph {@code index} of {@code of} (index -1: the whole cells). */
    private void add(String text, int index, int of) {
        ActionDraft action = new ActionDraft(row.where(work));
        String head = heading ? row.text(ACTION) : "";
        action.put(work, text, row.where(work));
        action.put(ACTION, head, row.where(ACTION));
        for (PlanField f : TableReading.PER_ACTION) {
            List<String> ps = row.cell(f).paragraphs();
            action.put(f, index >= 0 && ps.size() == of ? ps.get(index) : String.join("\n", ps), row.where(f));
        }
        reading.rag(row, action);
        reading.add(action, row);
    }
}
