package org.oversight.timescale;

/** How the words before (or after) a date relate it to the work. */
enum DateLead {
    /** No relation stated, or a plain deadline ("in June 2012"). */
    NONE,
    /** "by", "no later than". */
    BY,
    /** "before": the day before the date's span starts. */
    BEFORE,
    /** "from", "starting", "onwards": when the work starts. */
    FROM,
    /** "until", "to", "throughout", "during": when the work stops. */
    UNTIL,
    /** "w/c", "week commencing": the week starting that day. */
    WEEK_OF,
    /** "between ... and ...": starts a range. */
    BETWEEN
}
