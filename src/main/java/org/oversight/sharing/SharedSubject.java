package org.oversight.sharing;

/** What a council shares: one plan's standing, or a set of its indicators' figures. */
public enum SharedSubject {
    PLAN, INDICATORS
}
