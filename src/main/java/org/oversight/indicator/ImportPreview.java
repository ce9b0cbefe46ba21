package org.oversight.indicator;

import java.util.List;

/**
 * What an import would do, before anything is saved: the rows read, the problems that stop
 * it, and the warnings the checks raise on the figures as they would then stand.
 */
public record ImportPreview(List<IndicatorRow> rows, List<String> problems, List<IndicatorWarning> warnings,
                            int newIndicators, int newValues, int corrections) {
    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
