package org.oversight.timescale;

/** What kind of commitment a timescale phrase makes. */
public enum TimescaleKind {
    /** A deadline. */
    DATE,
    /** A cadence with no single deadline (it may run until a stated end). */
    RECURRING,
    /** Continues with no end, or until a stated end. */
    ONGOING,
    /** Waits on someone outside the plan, such as national guidance. */
    EXTERNAL,
    /** Already done. */
    COMPLETED,
    /** A review point rather than completion. */
    REVIEW,
    /** Could not be read; a person must correct it. Never a guess. */
    UNKNOWN
}
