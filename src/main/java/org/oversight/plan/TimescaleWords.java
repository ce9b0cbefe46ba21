package org.oversight.plan;

/** An action's timescale as read, in words, so a person can check the reading. */
public final class TimescaleWords {
    private TimescaleWords() {
    }

    public static String of(Action action) {
        ActionTimescale t = action.getTimescale();
        String due = action.getDueDate() == null ? null : LongDate.of(action.getDueDate());
        String every = t.getRecurrence() == null ? null : CadenceWords.of(java.time.Period.parse(t.getRecurrence()));
        String words = switch (t.getKind()) {
            case DATE -> "Deadline " + due + (every == null ? "" : ", then " + every);
            case RECURRING -> "Recurring, " + every + (due == null ? "" : ", until " + due);
            case ONGOING -> "Ongoing" + (due == null ? ", no end date" : " until " + due);
            case EXTERNAL -> "Waiting on an external event";
            case COMPLETED -> "Already completed";
            case REVIEW -> "Review point " + due;
            case UNKNOWN -> "Could not be read: a person needs to correct it";
        };
        return t.getNote() == null ? words : words + " (" + t.getNote() + ")";
    }
}
