package org.oversight.plan;

import java.time.LocalDate;
import java.util.List;

/** What a lead reports in one progress update, before it is recorded. */
public record ProgressReport(LocalDate asAt, String text, RagColour rag, ActionStatus statusAfter,
                             List<EvidenceLink> evidence) {
    public ProgressReport {
        if (asAt == null) {
            throw new IllegalArgumentException("Give the date the progress is as at");
        }
        text = Organisation.requireText(text, "Say what progress has been made");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
