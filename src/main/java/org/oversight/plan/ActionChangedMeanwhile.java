package org.oversight.plan;

import java.time.Instant;

/**
 * Someone else saved the same action after this person opened it. Nothing was saved; the
 * person sees what the other changed and decides again, so no update is ever lost.
 */
public class ActionChangedMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long actionId;
    private final long currentVersion;
    private final String changedBy;
    private final Instant changedAt;
    private final String change;

    public ActionChangedMeanwhile(long actionId, long currentVersion, String changedBy, Instant changedAt) {
        this(actionId, currentVersion, changedBy, changedAt, null);
    }

    /** {@code change} says what the latest change was, in words ("posted a progress update as at 3 March 2026"). */
    public ActionChangedMeanwhile(long actionId, long currentVersion, String changedBy, Instant changedAt, String change) {
        super("Someone else changed this action while you were editing it"
                + (changedBy == null ? "" : " (latest change by " + changedBy + (change == null ? "" : ", who " + change) + ")")
                + ". Nothing you entered was saved: check their change, then save yours again.");
        this.actionId = actionId;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.change = change;
    }

    public long actionId() { return actionId; }
    public long currentVersion() { return currentVersion; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
    /** What the latest change was, in words, or null when not known. */
    public String change() { return change; }
}
