package org.oversight.indicator;

import java.util.List;

/** The rows read from an indicator values file, and the problems that stop it being imported. */
public record IndicatorSheet(List<IndicatorRow> rows, List<String> problems) implements java.io.Serializable {
    public IndicatorSheet {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean readable() {
        return problems.isEmpty();
    }
}
