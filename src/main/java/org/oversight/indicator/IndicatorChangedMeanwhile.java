package org.oversight.indicator;

/**
 * Someone else saved the same indicator after this person opened it. Nothing was saved; the
 * person sees what differs and decides again, so no change is lost.
 */
public class IndicatorChangedMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long currentVersion;

    public IndicatorChangedMeanwhile(long currentVersion) {
        super("Someone else changed this indicator while you were editing it. Nothing you entered was saved: "
                + "check their change, then save yours again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
