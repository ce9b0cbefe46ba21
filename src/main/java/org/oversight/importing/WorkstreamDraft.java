package org.oversight.importing;

import java.util.ArrayList;
import java.util.List;
import org.oversight.plan.PlanExchange.DeliverableEntry;

/** A workstream as read from the overview table and the headings before its action table. */
final class WorkstreamDraft {
    final String number;
    String title;
    String lead;
    String keyAim;
    String phase;
    final List<DeliverableEntry> deliverables = new ArrayList<>();

    WorkstreamDraft(String number) {
        this.number = number;
    }
}
