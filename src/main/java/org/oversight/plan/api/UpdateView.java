package org.oversight.plan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.ActionStatus;
import org.oversight.plan.ProgressUpdate;
import org.oversight.plan.RagColour;

/** A recorded progress update. */
record UpdateView(long id, LocalDate asAt, String author, String text, RagColour rag, ActionStatus status,
                  List<EvidenceView> evidence, Instant recordedAt) {

    record EvidenceView(String label, String url) {
    }

    static UpdateView of(ProgressUpdate u) {
        return new UpdateView(u.getId(), u.getAsAt(), u.getAuthor(), u.getText(), u.getRag(), u.getStatusAfter(),
                u.getEvidence().stream().map(e -> new EvidenceView(e.getLabel(), e.getUrl())).toList(), u.getRecordedAt());
    }
}
