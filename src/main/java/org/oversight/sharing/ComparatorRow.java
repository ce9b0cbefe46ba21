package org.oversight.sharing;

import java.math.BigDecimal;

/** One readable row of a comparator download: a local authority's figure for an indicator and period. */
public record ComparatorRow(int row, String laCode, String laName, String indicator, String period, BigDecimal value) {
}
