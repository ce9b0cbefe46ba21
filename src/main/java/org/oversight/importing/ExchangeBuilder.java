package org.oversight.importing;

import static org.oversight.importing.PlanField.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.plan.PlanExchange.*;
import org.oversight.plan.Priority;
import org.oversight.plan.RagColour;
import org.oversight.timescale.DateReader;
import org.oversight.timescale.Timescale;
import org.oversight.timescale.TimescaleReader;

/** Turns drafts into exchange entries: references, leads, priorities, readings, progress and dependency links. */
final class ExchangeBuilder {
    private static final Pattern REF = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)\\s+(?:action\\s*:?\\s*)?(.+)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OUTCOME = Pattern.compile("(?i)\\s*\\b(?:required\\s+outcomes?(?:\\s*\\(s\\))?\\s*:?|outcomes?(?:\\s*\\(s\\))?\\s*:)\\s*");
    private static final Pattern REFER = Pattern.compile("(?i)\\b(?:refer(?:\\s+to)?|see)\\s+(recommendations?\\s+\\d[\\d ,&and]*)");

    private final TimescaleReader timescales;
    private final DateReader dates;
    private final LocalDate start;
    private final LocalDate end;
    private final LocalDate asAt;
    private final ColumnMapping mapping;
    private final List<ImportWarning> warnings;
    private final Set<String> refs = new HashSet<>();
    final Map<String, Map<String, String>> provenance = new java.util.LinkedHashMap<>();

    private final RagLegend legend;

    ExchangeBuilder(TimescaleReader timescales, DateReader dates, LocalDate start, LocalDate end, LocalDate asAt,
                    ColumnMapping mapping, List<ImportWarning> warnings, RagLegend legend) {
        this.legend = legend;
        this.timescales = timescales;
        this.dates = dates;
        this.start = start;
        this.end = end;
        this.asAt = asAt;
        this.mapping = mapping;
        this.warnings = warnings;
    }

    List<RecommendationEntry> build(List<RecommendationDraft> drafts, Map<String, WorkstreamDraft> workstreams) {
        LeadNames leads = new LeadNames(aloneLeads(drafts));
        List<RecommendationEntry> out = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        for (RecommendationDraft r : drafts) {
            List<ActionEntry> actions = new ArrayList<>();
            for (ActionDraft a : r.actions) {
                actions.add(action(r, a, leads));
                keys.add(dependencyKeys(r, a));
            }
            String text = r.text.isBlank() ? deliverableText(r, workstreams) : r.text;
            String theme = r.theme != null ? r.theme : r.workstream == null ? null : phaseOf(r.workstream, workstreams);
            out.add(new RecommendationEntry(null, r.number, text, theme, r.response, r.workstream,
                    ResponseList.responsibility(r.response), actions));
        }
        return new DependencyResolution(out, workstreams.keySet(), warnings).resolve(keys);
    }

    private ActionEntry action(RecommendationDraft r, ActionDraft a, LeadNames leadNames) {
        String described = a.get(DESCRIPTION).isEmpty() ? a.get(ACTION)
                : a.get(ACTION).isEmpty() ? a.get(DESCRIPTION) : a.get(ACTION) + " — " + a.get(DESCRIPTION);
        if (r.selfAction && described.isEmpty()) {
            described = r.text;
        }
        String ref = null;
        Matcher m = REF.matcher(described);
        if (m.find()) {
            ref = m.group(1);
            described = m.group(2);
        }
        List<String> outcomes = new ArrayList<>(lines(a.get(OUTCOMES)));
        Matcher o = OUTCOME.matcher(described);
        if (o.find() && o.start() > 0) {
            outcomes.addAll(0, lines(described.substring(o.end())));
            described = described.substring(0, o.start()).strip();
        }
        ref = uniqueRef(ref == null ? r.number + "." + (r.actions.indexOf(a) + 1) : ref, a);
        a.ref = ref;
        Map<String, String> origins = new java.util.LinkedHashMap<>();
        a.origins.forEach((field, where) -> origins.put(field == ACTION ? DESCRIPTION.label() : field.label(), where));
        provenance.put(ref, origins);
        if (described.isBlank()) {
            described = "(no description in the source)";
            warn("MISSING_DESCRIPTION", ref, "The action has no description", a.location);
        }
        List<String> leads = leadNames.split(a.get(LEAD));
        if (leads.isEmpty()) {
            warn("MISSING_LEAD", ref, "No lead is named for this action", where(a, LEAD));
        }
        return new ActionEntry(null, ref, described.strip(), outcomes, leads, priority(a, ref), startOf(a, ref),
                timescale(a, ref), List.of(), null, rag(a), null, null, List.of(), progress(a, ref));
    }

    private String priority(ActionDraft a, String ref) {
        String words = a.get(PRIORITY);
        if (words.isEmpty()) {
            return null;
        }
        return Priority.fromWords(words).map(Enum::name).orElseGet(() -> {
            warn("UNREADABLE_PRIORITY", ref, "\"" + words + "\" is not a priority (High, Medium or Low)", where(a, PRIORITY));
            return null;
        });
    }

    private LocalDate startOf(ActionDraft a, String ref) {
        String words = a.get(START);
        if (words.isEmpty()) {
            return null;
        }
        return dates.read(words, start, end).map(d -> monthOnly(words) ? d.withDayOfMonth(1) : d).orElseGet(() -> {
            warn("UNREADABLE_DATE", ref, "Could not read the start date \"" + words + "\"; left empty rather than guessed", where(a, START));
            return null;
        });
    }

    /** A start given as a month ("May 2012") starts on its first day. */
    private static boolean monthOnly(String words) {
        return !words.matches("(?s).*\\b\\d{1,2}\\s*(st|nd|rd|th)?\\b(?![./-]\\d).*") || words.matches("(?s)^\\D*\\d{4}\\D*$");
    }

    private TimescaleEntry timescale(ActionDraft a, String ref) {
        Timescale t = timescales.read(a.get(TIMESCALE), start, end);
        t.warnings().forEach(w -> warn(w.code().name(), ref, w.message(), where(a, TIMESCALE)));
        LocalDate begun = dates.read(a.get(START), start, end).orElse(null);
        if (begun != null && t.due() != null && t.due().isBefore(begun)) {
            warn("END_BEFORE_START", ref, "The target date " + t.due() + " is before the start " + begun, where(a, TIMESCALE));
        }
        return new TimescaleEntry(t.text(), t.kind().name(), t.due(), t.recurrenceIso());
    }

    private String rag(ActionDraft a) {
        // a narrow RAG column breaks its one word over lines ("AM BE R") when a PDF is read
        // a status in the legend's words ("On track") is the colour the legend gives it
        return RagColour.fromWord(a.get(RAG)).or(() -> RagColour.fromWord(a.get(RAG).replaceAll("\\s+", "")))
                .or(() -> legend.byMeaning(a.get(RAG))).map(Enum::name).orElse(null);
    }

    private List<ProgressEntry> progress(ActionDraft a, String ref) {
        String text = a.get(PROGRESS);
        if (text.isEmpty()) {
            return List.of();
        }
        LocalDate at = mapping.columns().stream().filter(c -> c.field() == PROGRESS && c.asAt() != null)
                .map(ColumnMapping.Column::asAt).findFirst().orElse(asAt);
        if (at == null) {
            warn("UNDATED_PROGRESS", ref, "The progress has no date; give the date it is as at", where(a, PROGRESS));
        } else if (asAt != null && at.isAfter(asAt)) {
            warn("PROGRESS_DATE_AFTER_AS_AT", ref, "Progress dated " + at + " is after the plan's as-at date " + asAt, where(a, PROGRESS));
        }
        return List.of(new ProgressEntry(at, text, rag(a), null, null));
    }

    private List<String> dependencyKeys(RecommendationDraft r, ActionDraft a) {
        List<String> keys = new ArrayList<>(DependencyLinks.read(a.get(DEPENDENCIES), r.workstream));
        Matcher refer = REFER.matcher(a.get(ACTION) + " " + a.get(DESCRIPTION));
        while (refer.find()) {
            keys.addAll(DependencyLinks.read(refer.group(1), null));
        }
        return keys.stream().map(k -> k + "@" + a.ref + "@" + where(a, DEPENDENCIES)).toList();
    }

    private String uniqueRef(String ref, ActionDraft a) {
        String unique = ref;
        for (int n = 2; !refs.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = ref + "-" + n;
        }
        if (!unique.equals(ref)) {
            warn("DUPLICATE_REF", unique, "Reference " + ref + " is used twice; this one is imported as " + unique, a.location);
        }
        return unique;
    }

    private static Set<String> aloneLeads(List<RecommendationDraft> drafts) {
        Set<String> alone = new LinkedHashSet<>();
        drafts.forEach(r -> r.actions.forEach(a -> {
            String lead = a.get(LEAD);
            if (!lead.isEmpty() && !lead.matches("(?s).*(/|;|\\n| and | & ).*")) {
                alone.add(lead.replaceAll("[.;,]+$", "").strip());
            }
        }));
        return alone;
    }

    private static String deliverableText(RecommendationDraft r, Map<String, WorkstreamDraft> workstreams) {
        WorkstreamDraft w = r.workstream == null ? null : workstreams.get(r.workstream);
        String kd = r.number.substring(r.number.indexOf('.') + 1);
        return w == null ? "Key deliverable " + kd : w.deliverables.stream().filter(d -> d.number().equals(kd))
                .map(DeliverableEntry::text).findFirst().orElse("Key deliverable " + kd + " of workstream " + w.number);
    }

    private static String phaseOf(String workstream, Map<String, WorkstreamDraft> workstreams) {
        WorkstreamDraft w = workstreams.get(workstream);
        return w == null ? null : w.phase;
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s*\\n\\s*"));
    }

    private String where(ActionDraft a, PlanField field) {
        return a.location.replaceAll(", column .*$", "") + ", column " + field.label();
    }

    private void warn(String code, String ref, String message, String location) {
        warnings.add(new ImportWarning(code, ref, message, location));
    }
}
