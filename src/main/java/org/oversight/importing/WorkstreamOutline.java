package org.oversight.importing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.plan.PlanExchange.DeliverableEntry;

/**
 * Finds the workstreams of a workstream plan: the overview table (number, title, strategic lead,
 * phase rows), and before each action table its heading, key aim and numbered key deliverables.
 */
final class WorkstreamOutline {
    private static final Pattern HEADING = Pattern.compile("(?i)^work\\s*stream\\s*(\\d{1,2})\\b\\s*[:.\\-–]?\\s*(.*)$");
    private static final Pattern AIM = Pattern.compile("(?i)\\bkey aim\\s*:?\\s*(.*)$");
    private static final Pattern DELIVERABLES = Pattern.compile("(?i)^(outcomes|key deliverables)\\b");
    private static final Pattern ITEM = Pattern.compile("^(?:•\\s*)?(\\d{1,2})\\s*[.)]\\s*(.*)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d{1,2}\\s*[.)]?\\s*");

    final Map<String, WorkstreamDraft> workstreams = new LinkedHashMap<>();
    final Map<SourceTable, String> tableWorkstream = new IdentityHashMap<>();
    final List<String> phases = new ArrayList<>();

    static WorkstreamOutline of(SourceDocument document, List<ImportWarning> warnings) {
        WorkstreamOutline outline = new WorkstreamOutline();
        WorkstreamDraft current = null;
        boolean aimNext = false;
        boolean listing = false;
        for (SourceBlock block : document.blocks()) {
            if (block instanceof SourceTable table) {
                if (!outline.overview(table) && current != null) {
                    outline.tableWorkstream.put(table, current.number);
                }
                listing = false;
                continue;
            }
            SourceText t = (SourceText) block;
            String text = t.text().strip();
            Matcher h = HEADING.matcher(text);
            if (h.find()) {
                current = outline.workstreams.computeIfAbsent(h.group(1), WorkstreamDraft::new);
                String title = h.group(2).replaceAll("(?i)\\s*key aim\\s*:?.*$", "").strip();
                current.title = title.isEmpty() ? current.title : title;
                aimNext = AIM.matcher(text).find() && AIM.matcher(text).results().findFirst().get().group(1).isBlank();
                listing = false;
                continue;
            }
            if (current == null) {
                continue;
            }
            Matcher aim = AIM.matcher(text);
            if (aim.find() && !listing) {
                String rest = aim.group(1).replaceAll("(?i)\\s*outcomes.*$", "").strip();
                current.keyAim = rest.isEmpty() ? null : rest;
                aimNext = rest.isEmpty();
                listing = text.toLowerCase().contains("deliverables");
            } else if (DELIVERABLES.matcher(text).find()) {
                listing = true;
                aimNext = false;
            } else if (aimNext) {
                current.keyAim = text;
                aimNext = false;
            } else if (listing) {
                outline.deliverable(current, text, t.location(), warnings);
            }
        }
        return outline;
    }

    private void deliverable(WorkstreamDraft w, String text, String location, List<ImportWarning> warnings) {
        Matcher m = ITEM.matcher(text);
        String number;
        String words;
        if (m.find()) {
            number = m.group(1);
            words = m.group(2);
        } else {
            number = String.valueOf(w.deliverables.size() + 1);
            words = text.replaceFirst("^•\\s*", "");
            warnings.add(new ImportWarning("UNNUMBERED_DELIVERABLE", w.number + "." + number, "Key deliverable without a"
                    + " number in workstream " + w.number + "; numbered " + number + " from its place in the list", location));
        }
        w.deliverables.add(new DeliverableEntry(number, words.strip()));
    }

    /** Reads an overview table (columns naming the workstream and its lead); false when it is not one. */
    private boolean overview(SourceTable table) {
        int title = -1;
        int lead = -1;
        for (SourceRow row : table.rows()) {
            List<String> cells = row.cells().stream().map(c -> c.text().strip()).toList();
            if (title < 0) {
                for (int c = 0; c < cells.size(); c++) {
                    String n = PlanField.normal(cells.get(c));
                    if (n.matches("work ?streams?( title)?")) {
                        title = c;
                    } else if (n.contains("lead")) {
                        lead = c;
                    }
                }
                if (title < 0 || lead < 0) {
                    title = -1;
                    if (PlanField.isHeader(cells)) {
                        return false;
                    }
                }
                continue;
            }
            row(cells, title, lead);
        }
        splitMergedLeads();
        return title >= 0;
    }

    private void row(List<String> cells, int title, int lead) {
        String first = cells.isEmpty() ? "" : cells.get(0);
        String name = title < cells.size() ? cells.get(title) : "";
        if (PlanField.normal(first).startsWith("phase")) {
            phases.add(name.isEmpty() ? first : name);
            return;
        }
        Matcher n = Pattern.compile("^(\\d{1,2})").matcher(first.isEmpty() ? name : first);
        if (!n.find()) {
            return;
        }
        WorkstreamDraft w = workstreams.computeIfAbsent(n.group(1), WorkstreamDraft::new);
        w.title = LEADING_NUMBER.matcher(name).replaceFirst("").replaceAll("[:\\s]+$", "");
        w.lead = lead < cells.size() && !cells.get(lead).isBlank() ? cells.get(lead) : null;
        w.phase = phases.isEmpty() ? null : phases.get(phases.size() - 1);
    }

    /** A title cell that swallowed its lead (cells merged in the source) is split where a lead named elsewhere begins. */
    private void splitMergedLeads() {
        List<String> leads = workstreams.values().stream().map(w -> w.lead).filter(l -> l != null).distinct().toList();
        for (WorkstreamDraft w : workstreams.values()) {
            if (w.lead != null || w.title == null) {
                continue;
            }
            for (String lead : leads) {
                String opening = String.join(" ", List.of(lead.split("\\s+")).subList(0, Math.min(3, lead.split("\\s+").length)));
                int at = w.title.indexOf(opening);
                if (at > 0) {
                    w.lead = w.title.substring(at).strip();
                    w.title = w.title.substring(0, at).strip();
                    break;
                }
            }
        }
    }
}
