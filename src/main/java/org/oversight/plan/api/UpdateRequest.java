package org.oversight.plan.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.ActionStatus;
import org.oversight.plan.EvidenceLink;
import org.oversight.plan.ProgressReport;
import org.oversight.plan.RagColour;

/** A progress update as posted: the date it is as at, what happened, the lead's RAG, and the version seen. */
record UpdateRequest(
        @NotNull(message = "give the date the progress is as at") @PastOrPresent(message = "must not be in the future")
        LocalDate asAt,
        @NotBlank(message = "say what progress has been made") @Size(max = 8000) String text,
        RagColour rag,
        @Schema(description = "The action's status after this update; leave out to keep it") ActionStatus status,
        @Valid List<Evidence> evidence,
        @NotNull(message = "give the version of the action you loaded (its \"version\" field)")
        @Schema(description = "The action's version when you loaded it; a different current version means someone changed it meanwhile")
        Long expectedVersion) {

    record Evidence(@NotBlank(message = "name the evidence") @Size(max = 300) String label,
                    @Size(max = 2000) @jakarta.validation.constraints.Pattern(regexp = EvidenceLink.ALLOWED_LINK,
                            message = EvidenceLink.LINK_REFUSED) String url) {
    }

    ProgressReport toReport() {
        List<EvidenceLink> links = evidence == null ? List.of()
                : evidence.stream().map(e -> new EvidenceLink(e.label(), e.url())).toList();
        return new ProgressReport(asAt, text, rag, status, links);
    }
}
