package org.oversight.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPack.ActionRow;
import org.oversight.reporting.ReportPack.TallyRow;

/**
 * The full action table cut into one table per workstream, in the plan's order, each under its
 * own heading and repeating its header row: a reader finds a workstream at once, and a PDF
 * lays out many short tables far faster than one table of hundreds of rows.
 */
final class PackGroups {
    static final String NO_WORKSTREAM = "Actions not in a workstream";

    private PackGroups() {
    }

    /** One workstream's heading and its actions. */
    record ActionGroup(String heading, List<ActionRow> rows) {
    }

    static List<ActionGroup> byWorkstream(ReportPack pack) {
        Map<String, List<ActionRow>> rows = new LinkedHashMap<>();
        for (ActionRow a : pack.actions()) {
            rows.computeIfAbsent(a.workstream(), k -> new ArrayList<>()).add(a);
        }
        List<ActionGroup> groups = new ArrayList<>();
        for (TallyRow w : pack.summary().byWorkstream()) {
            List<ActionRow> these = rows.remove(w.number());
            if (these != null) {
                groups.add(new ActionGroup("Workstream " + w.number() + ": " + w.title(), these));
            }
        }
        List<ActionRow> rest = new ArrayList<>();
        rows.values().forEach(rest::addAll);
        if (!rest.isEmpty()) {
            groups.add(new ActionGroup(groups.isEmpty() ? "" : NO_WORKSTREAM, rest));
        }
        return groups;
    }
}
