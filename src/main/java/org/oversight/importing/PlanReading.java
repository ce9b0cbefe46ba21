package org.oversight.importing;

import java.util.List;
import org.oversight.plan.PlanExchange;

/**
 * What the understanding step made of a document: the plan in the exchange shape (its warnings
 * included), the column mapping it used (for a person to correct), the phases it found, and the
 * warnings with their full location.
 */
public record PlanReading(PlanExchange plan, ColumnMapping mapping, List<String> phases, List<ImportWarning> warnings) {
    public PlanReading {
        phases = List.copyOf(phases);
        warnings = List.copyOf(warnings);
    }
}
