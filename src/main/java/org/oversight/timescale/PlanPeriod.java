package org.oversight.timescale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** The plan's start and end, either of which may be unknown; the context a phrase is read in. */
record PlanPeriod(LocalDate start, LocalDate end) {

    /** How far either side of the plan a two-digit year may fall and still be read. */
    private static final int TWO_DIGIT_YEAR_REACH = 2;

    boolean bounded() {
        return start != null && end != null;
    }

    boolean known() {
        return start != null || end != null;
    }

    /** 20YY when that lies within two years of the plan period; empty without a plan. */
    Optional<Integer> twoDigitYear(int yy) {
        if (!known() || yy < 0 || yy > 99) {
            return Optional.empty();
        }
        int low = (start != null ? start : end).getYear() - TWO_DIGIT_YEAR_REACH;
        int high = (end != null ? end : start).getYear() + TWO_DIGIT_YEAR_REACH;
        int year = 2000 + yy;
        return year >= low && year <= high ? Optional.of(year) : Optional.empty();
    }

    /**
     * For a phrase with no year ("September", "30th June", "autumn"): the one occurrence whose last
     * day falls within the plan. Empty when the plan is not bounded, or there are none or several.
     */
    Optional<DateSpan> onlyOccurrence(IntFunction<Optional<DateSpan>> inYear) {
        if (!bounded()) {
            return Optional.empty();
        }
        List<DateSpan> inside = new ArrayList<>();
        for (int year = start.getYear() - 1; year <= end.getYear(); year++) {
            inYear.apply(year).filter(span -> contains(span.last())).ifPresent(inside::add);
        }
        return inside.size() == 1 ? Optional.of(inside.get(0)) : Optional.empty();
    }

    private boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
