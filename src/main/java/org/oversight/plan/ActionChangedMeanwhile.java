package org.oversight.plan;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Someone changed the action after the person posting loaded it, so their update would be
 * based on a stale view. Carries the current version and, where known, who changed it last and what.
 */
public class ActionChangedMeanwhile extends RuntimeException {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private final long actionId;
    private final long currentVersion;
    private final transient LastChange lastChange;

    public ActionChangedMeanwhile(long actionId, String reference, long currentVersion, Optional<LastChange> lastChange) {
        super(message(reference, lastChange));
        this.actionId = actionId;
        this.currentVersion = currentVersion;
        this.lastChange = lastChange.orElse(null);
    }

    private static String message(String reference, Optional<LastChange> change) {
        String who = change.map(c -> " " + c.by() + " " + c.what() + " at " + TIME.format(c.at()) + ".")
                .orElse(" Someone else changed it.");
        return "Action " + reference + " has changed since you loaded it." + who
                + " Reload the action, check the latest position and post your update again.";
    }

    public long actionId() { return actionId; }
    public long currentVersion() { return currentVersion; }
    public Optional<LastChange> lastChange() { return Optional.ofNullable(lastChange); }
}
