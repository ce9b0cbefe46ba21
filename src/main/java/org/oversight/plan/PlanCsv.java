package org.oversight.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.plan.PlanExchange.ProgressEntry;
import org.oversight.plan.PlanExchange.RecommendationEntry;

/**
 * A plan as CSV: a header row, then one row per action, quoted as RFC 4180 asks (fields with
 * commas, quotes or line breaks in double quotes, quotes doubled, CRLF line ends). Lists are
 * joined with " / ". Every cell is text, neutralised against formula injection
 * ({@link SpreadsheetText}).
 */
public final class PlanCsv {
    public static final List<String> COLUMNS = List.of("recommendation", "ref", "description", "outcomes", "leads",
            "priority", "start", "timescale", "kind", "due", "recurrence", "rag", "status",
            "latest_progress_as_at", "latest_progress");
    private static final String LIST_SEPARATOR = " / ";
    private static final String LINE_END = "\r\n";

    private PlanCsv() {
    }

    public static String of(PlanExchange plan) {
        StringBuilder csv = new StringBuilder(row(COLUMNS));
        for (RecommendationEntry r : plan.recommendations()) {
            for (ActionEntry a : r.actions()) {
                csv.append(row(fields(r, a)));
            }
        }
        return csv.toString();
    }

    private static List<String> fields(RecommendationEntry r, ActionEntry a) {
        ProgressEntry latest = a.progress().isEmpty() ? null : a.progress().get(a.progress().size() - 1);
        return List.of(r.number(), a.ref(), text(a.description()), String.join(LIST_SEPARATOR, a.outcomes()),
                String.join(LIST_SEPARATOR, a.leads()), text(a.priority()), date(a.start()),
                text(a.timescale().text()), text(a.timescale().kind()), date(a.timescale().due()),
                text(a.timescale().recurrence()), text(a.rag()), text(a.status()),
                latest == null ? "" : date(latest.asAt()), latest == null ? "" : text(latest.text()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String row(List<String> values) {
        return values.stream().map(SpreadsheetText::neutralise).map(PlanCsv::quote).collect(Collectors.joining(",")) + LINE_END;
    }

    static String quote(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
