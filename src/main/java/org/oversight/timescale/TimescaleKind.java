package org.oversight.timescale;

public enum TimescaleKind { DATE, RECURRING, ONGOING, EXTERNAL, COMPLETED, REVIEW, UNKNOWN }
