package org.oversight.timescale;

/** Words that say what kind of commitment a phrase makes, apart from dates and cadences. */
enum Cue {
    /** "ongoing", "on-going", "existing", "continuous", "with immediate effect". */
    ONGOING,
    /** "as required", "as and when": weaker than ongoing, used only when nothing else is read. */
    AS_REQUIRED,
    /** "awaiting", "to be advised", "TBA", "once", "when", "subject to", "pending". */
    EXTERNAL,
    /** "completed", "achieved", "in place" (but not "to be completed" or "complete by"). */
    COMPLETED,
    /** "review", "reviewed". */
    REVIEW,
    /** "TBC", "to be confirmed", "to be agreed": no timescale set yet. */
    TO_BE_CONFIRMED
}
