package org.oversight.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** What a lead fills in to post a progress update. */
class UpdateForm {
    @NotNull(message = "Enter the date the progress is as at")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate asAt;
    @NotBlank(message = "Enter what progress has been made")
    @Size(max = 8000, message = "Progress must be 8,000 characters or fewer")
    private String text;
    @NotNull(message = "Select the RAG status")
    private RagColour rag;
    @NotNull(message = "Select where the action stands")
    private ActionStatus status;
    @Size(max = 300, message = "Evidence name must be 300 characters or fewer")
    private String evidenceLabel;
    @Size(max = 2000, message = "Evidence link must be 2,000 characters or fewer")
    @Pattern(regexp = EvidenceLink.ALLOWED_LINK, message = "Evidence link " + EvidenceLink.LINK_REFUSED)
    private String evidenceUrl;
    private long version;

    ProgressReport toReport() {
        List<EvidenceLink> evidence = evidenceLabel == null || evidenceLabel.isBlank() ? List.of()
                : List.of(new EvidenceLink(evidenceLabel, evidenceUrl));
        return new ProgressReport(asAt, text, rag, status, evidence);
    }

    public LocalDate getAsAt() { return asAt; }
    public void setAsAt(LocalDate asAt) { this.asAt = asAt; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public RagColour getRag() { return rag; }
    public void setRag(RagColour rag) { this.rag = rag; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public String getEvidenceLabel() { return evidenceLabel; }
    public void setEvidenceLabel(String evidenceLabel) { this.evidenceLabel = evidenceLabel; }
    public String getEvidenceUrl() { return evidenceUrl; }
    public void setEvidenceUrl(String evidenceUrl) { this.evidenceUrl = evidenceUrl; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
