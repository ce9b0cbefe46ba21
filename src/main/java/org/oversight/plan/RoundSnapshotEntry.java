package org.oversight.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One action's status as at a closed round's date, as the round fixed it. */
@Embeddable
public class RoundSnapshotEntry {
    @Column(name = "action_id")
    private long actionId;
    private String reference;
    @Enumerated(EnumType.STRING)
    private RagColour rag;
    @Enumerated(EnumType.STRING)
    private RagColour proposed;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    private String headline;
    private boolean updated;

    protected RoundSnapshotEntry() {
    }

    RoundSnapshotEntry(Action action, StatusAssessment assessment, boolean updated) {
        this.actionId = action.getId();
        this.reference = action.getReference();
        this.rag = assessment.rag();
        this.proposed = assessment.proposed();
        this.status = action.getStatus();
        this.headline = assessment.headline();
        this.updated = updated;
    }

    public long getActionId() { return actionId; }
    public String getReference() { return reference; }
    public RagColour getRag() { return rag; }
    public RagColour getProposed() { return proposed; }
    public ActionStatus getStatus() { return status; }
    public String getHeadline() { return headline; }
    /** Whether the action had a progress update for the round when it closed. */
    public boolean isUpdated() { return updated; }
}
