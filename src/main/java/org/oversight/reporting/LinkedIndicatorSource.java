package org.oversight.reporting;

import java.time.LocalDate;
import java.util.List;

/** Where a pack finds the indicators linked to a plan. Every bean of this type is asked and the rows are joined. */
public interface LinkedIndicatorSource {

    List<IndicatorRow> indicatorsFor(long planId, LocalDate asAt);
}
