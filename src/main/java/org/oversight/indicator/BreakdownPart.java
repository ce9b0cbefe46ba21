package org.oversight.indicator;

import java.math.BigDecimal;

/** One bar of a breakdown chart: a part's label and its figure. */
public record BreakdownPart(String label, BigDecimal figure) {
}
