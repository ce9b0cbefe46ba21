package org.oversight.importing;

import java.util.EnumMap;
import java.util.Map;

/** One action as read from its row (and any continuation rows), its fields still as words. */
final class ActionDraft {
    final String location;
    String ref;
    final Map<PlanField, String> cells = new EnumMap<>(PlanField.class);
    /** Where each field's words came from (table or page, row, column), for the preview. */
    final Map<PlanField, String> origins = new EnumMap<>(PlanField.class);

    ActionDraft(String location) {
        this.location = location;
    }

    String get(PlanField field) {
        return cells.getOrDefault(field, "");
    }

    void put(PlanField field, String text) {
        if (text != null && !text.isBlank()) {
            cells.put(field, text.strip());
        }
    }

    void put(PlanField field, String text, String where) {
        if (text != null && !text.isBlank()) {
            put(field, text);
            origins.put(field, where);
        }
    }

    void append(PlanField field, String text, String where) {
        if (text != null && !text.isBlank()) {
            origins.merge(field, where, (a, b) -> a.equals(b) ? a : a + "; " + b.replaceAll("^.*?, (row )", "$1"));
            append(field, text);
        }
    }

    /** Joins a continuation: a sentence cut in two joins with a space, a new paragraph on a new line. */
    void append(PlanField field, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String before = get(field);
        if (before.isEmpty()) {
            put(field, text);
        } else {
            boolean cut = !endsSentence(before) || Character.isLowerCase(text.strip().charAt(0));
            cells.put(field, before + (cut ? " " : "\n") + text.strip());
        }
    }

    /** Whether the text ends as a sentence or a bracketed aside does. */
    static boolean endsSentence(String text) {
        return !text.isEmpty() && ".;:!?)".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
