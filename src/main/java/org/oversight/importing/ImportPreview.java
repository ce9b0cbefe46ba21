package org.oversight.importing;

import java.time.Period;
import java.util.List;
import org.oversight.plan.CadenceWords;
import org.oversight.plan.LongDate;
import org.oversight.plan.PlanExchange;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.plan.PlanExchange.TimescaleEntry;

/** What a person checks before importing: the plan's header, each recommendation's actions with their timescale readings, and the warnings. */
public record ImportPreview(String title, String period, String asAt, List<RecommendationRow> recommendations,
                     List<ImportWarning> warnings, int actionCount, String legend) {

    public record RecommendationRow(String number, String text, String response, List<ActionRow> actions) {
    }

    /**
     * One action as read; the {@code ...From} fields say where in the document each value was read
     * ("page 2, row 4, column Lead", with the shading where a RAG status came from a colour), or null.
     */
    public record ActionRow(String ref, String description, String leads, String timescaleWritten, String timescaleRead,
                            String progress, String rag, String descriptionFrom, String leadsFrom, String timescaleFrom,
                            String progressFrom, String ragFrom) {
    }

    static ImportPreview of(PlanReading reading) {
        PlanExchange plan = reading.plan();
        var h = plan.plan();
        String period = h.periodStart() == null && h.periodEnd() == null ? "Not given"
                : LongDate.of(h.periodStart()) + " to " + LongDate.of(h.periodEnd());
        List<RecommendationRow> rows = plan.recommendations().stream().map(r -> new RecommendationRow(r.number(), r.text(),
                r.response(), r.actions().stream().map(a -> row(a, reading)).toList())).toList();
        return new ImportPreview(h.title() == null ? "Imported plan" : h.title(), period,
                h.asAt() == null ? "Not given" : LongDate.of(h.asAt()), rows, reading.warnings(), plan.actionCount(),
                h.legend().isEmpty() ? "None in the document: the plan keeps the usual red, amber and green"
                        : String.join("; ", h.legend().stream().map(e -> org.oversight.plan.RagColour.valueOf(e.colour()).label()
                                + ": " + e.meaning()).toList()));
    }

    private static ActionRow row(ActionEntry a, PlanReading reading) {
        TimescaleEntry t = a.timescale();
        String progress = a.progress().stream().map(PlanExchange.ProgressEntry::text).reduce((x, y) -> x + "\n" + y).orElse(null);
        String rag = a.rag() == null ? null : org.oversight.plan.RagColour.valueOf(a.rag()).label();
        return new ActionRow(a.ref(), a.description(), a.leads().isEmpty() ? "None given" : String.join("; ", a.leads()),
                t == null || t.text() == null || t.text().isBlank() ? "None given" : t.text(), words(t), progress, rag,
                reading.origin(a.ref(), PlanField.DESCRIPTION) != null ? reading.origin(a.ref(), PlanField.DESCRIPTION)
                        : reading.origin(a.ref(), PlanField.ACTION),
                reading.origin(a.ref(), PlanField.LEAD), reading.origin(a.ref(), PlanField.TIMESCALE),
                reading.origin(a.ref(), PlanField.PROGRESS), reading.origin(a.ref(), PlanField.RAG));
    }

    /** The timescale as Oversight read it, in words. */
    static String words(TimescaleEntry t) {
        if (t == null || t.kind() == null) {
            return "No timescale";
        }
        String due = t.due() == null ? null : LongDate.of(t.due());
        String every = every(t.recurrence());
        return switch (t.kind()) {
            case "DATE" -> "Deadline " + due + (every == null ? "" : ", then " + every);
            case "RECURRING" -> "Recurring, " + every + (due == null ? "" : ", until " + due);
            case "ONGOING" -> "Ongoing" + (due == null ? ", no end date" : " until " + due);
            case "EXTERNAL" -> "Waiting on an external event";
            case "COMPLETED" -> "Already completed";
            case "REVIEW" -> "Review point " + due;
            default -> "Could not be read: correct it after importing";
        };
    }

    private static String every(String recurrence) {
        try {
            return recurrence == null ? null : CadenceWords.of(Period.parse(recurrence));
        } catch (java.time.format.DateTimeParseException e) {
            return "every " + recurrence;
        }
    }
}
