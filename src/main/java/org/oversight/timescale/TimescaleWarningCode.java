package org.oversight.timescale;

/** Why a timescale needs a person's attention. */
public enum TimescaleWarningCode {
    MISSING_TIMESCALE,
    UNREADABLE_TIMESCALE,
    TIMESCALE_BEFORE_PLAN_START,
    TIMESCALE_AFTER_PLAN_END
}
