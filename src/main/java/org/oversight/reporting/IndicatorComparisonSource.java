package org.oversight.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a pack finds the plan's linked indicators compared with other councils, when the pack is
 * asked to include them. Every bean of this type is asked and the rows are joined.
 */
public interface IndicatorComparisonSource {

    List<ComparisonRow> comparisonsFor(long planId, LocalDate asAt);
}
