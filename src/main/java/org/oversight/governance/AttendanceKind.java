package org.oversight.governance;

/** How someone is recorded in a meeting's attendance block. */
public enum AttendanceKind { PRESENT, APOLOGIES, SUBSTITUTE, OFFICER, IN_ATTENDANCE }
