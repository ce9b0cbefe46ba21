package org.oversight.governance;

/** Where a board's request stands. */
public enum FollowUpStatus { OPEN, CLOSED }
