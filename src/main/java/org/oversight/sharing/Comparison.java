package org.oversight.sharing;

import java.math.BigDecimal;
import java.util.List;
import org.oversight.indicator.Indicator;

/**
 * One council's figure for an indicator and period beside its comparators: its statistical
 * neighbours (and their average), its region, England, and the other councils of its groups that
 * share the same indicator code; its rank among every council with a figure (1 is best, by the
 * indicator's polarity) and quartile (1 is the best quarter), and its place among its neighbours.
 * Rank and quartile are empty when neither higher nor lower is better, or the council has no figure.
 */
public record Comparison(Indicator indicator, String period, String council, BigDecimal own, List<Line> neighbours,
                         BigDecimal neighbourAverage, BigDecimal region, String regionName, BigDecimal england,
                         List<Line> groupCouncils, Integer rank, int ranked, Integer quartile, Integer neighbourPlace,
                         int neighbourCount) {

    /** One comparator's figure, or null where none is published. */
    public record Line(String name, String code, BigDecimal figure) {
    }

    public boolean ranks() { return rank != null; }
}
