package org.oversight.timescale;

/**
 * Which part of a date's span is meant. Decisions: "early" is the 10th of a month (the end of its
 * first third), "mid" the 15th (a whole year: 30 June), "start of" the first day, "end of" and
 * "late" the last day.
 */
enum PartOf {
    WHOLE, START, EARLY, MID, END
}
