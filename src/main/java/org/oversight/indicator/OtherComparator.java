package org.oversight.indicator;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A comparator beyond the statistical neighbours and England: a region, a core city group. */
@Embeddable
public record OtherComparator(String name, BigDecimal figure) {
}
