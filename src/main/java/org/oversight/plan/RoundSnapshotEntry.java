package org.oversight.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One action's status as at a closed round's date, as the round fixed it: the colours, the
 * headline and every reason, one a line ("OVERDUE RED Deadline of ... passed ...").
 */
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
    private String reasons;

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
        this.reasons = assessment.reasons().stream()
                .map(r -> r.rule() + " " + r.colour() + " " + r.words().replaceAll("\\s+", " "))
                .collect(Collectors.joining("\n"));
    }

    /**
     * The assessment the round fixed, given the action's override now: kept when it still
     * gives the fixed colour, otherwise the fixed colour stands as the round's own override.
     * Empty for entries stored before reasons were kept.
     */
    Optional<StatusAssessment> fixed(Optional<RagOverride> override, UpdateRound round) {
        if (reasons == null || reasons.isBlank()) {
            return Optional.empty();
        }
        List<StatusReason> fixed = Arrays.stream(reasons.split("\n")).map(line -> line.split(" ", 3))
                .map(p -> new StatusReason(StatusRule.valueOf(p[0]), RagColour.valueOf(p[1]), p.length > 2 ? p[2] : ""))
                .toList();
        Optional<RagOverride> standing = rag == proposed ? Optional.empty()
                : override.filter(o -> o.getColour() == rag).or(() -> Optional.of(new RagOverride(rag,
                        "The colour fixed when the round closed", round.getClosedBy(), round.getClosedAt())));
        return Optional.of(new StatusAssessment(proposed, fixed, standing));
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
