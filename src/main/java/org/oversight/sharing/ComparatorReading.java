package org.oversight.sharing;

import java.util.List;

/** What a comparator download holds: its readable rows, errors (nothing is imported) and warnings. */
public record ComparatorReading(List<ComparatorRow> rows, List<ComparatorProblem> errors, List<ComparatorProblem> warnings) {
    public ComparatorReading {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() { return !errors.isEmpty(); }
}
