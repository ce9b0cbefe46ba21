package org.oversight.indicator;

import java.util.List;

/** A total's parts for one period, as drawn in a breakdown chart. */
public record Breakdown(ReportingPeriod period, List<BreakdownPart> parts) {
}
