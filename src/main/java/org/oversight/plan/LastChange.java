package org.oversight.plan;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The most recent recorded change to an action: who made it, when, and what it was in words. */
public record LastChange(String by, Instant at, String what) {

    /** The latest of the action's progress updates, deadline moves and RAG override, if any. */
    public static Optional<LastChange> of(Action action) {
        Stream<LastChange> updates = action.getUpdates().stream().map(u -> new LastChange(u.getAuthor(), u.getRecordedAt(),
                "posted a progress update as at " + LongDate.of(u.getAsAt())
                        + (u.getRag() == null ? "" : " (" + u.getRag().label() + ")")));
        Stream<LastChange> moves = action.getDeadlineChanges().stream().map(c -> new LastChange(c.getChangedBy(),
                c.getChangedAt(), "moved the deadline to " + LongDate.of(c.getNewDue())));
        Stream<LastChange> override = action.getOverride().stream().map(o -> new LastChange(o.getBy(), o.getAt(),
                "set the RAG to " + o.getColour().label()));
        return Stream.of(updates, moves, override).flatMap(s -> s).filter(c -> c.at() != null)
                .max(Comparator.comparing(LastChange::at));
    }
}
