package org.oversight.reporting;

import java.util.List;

/**
 * One indicator linked to a plan compared with other councils, as a pack shows it: the period,
 * each comparator's figure (the council's own first, then its statistical neighbours, their
 * average, the region, England and the other councils of its groups sharing the code) and the
 * council's position among them in words (rank, quartile, place among its neighbours).
 */
public record ComparisonRow(String code, String title, String period, List<Line> lines, String position) {

    public ComparisonRow {
        lines = List.copyOf(lines);
    }

    /** One comparator and its figure as written ("No figure" where none is published). */
    public record Line(String comparator, String figure) {
    }
}
