package org.oversight.governance;

/** The decision words of minutes. */
public enum DecisionKind { NOTED, RESOLVED, RECOMMENDED }
