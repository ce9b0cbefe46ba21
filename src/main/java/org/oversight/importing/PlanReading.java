package org.oversight.importing;

import java.util.List;
import java.util.Map;
import org.oversight.plan.PlanExchange;

/**
 * What the understanding step made of a document: the plan in the exchange shape (its warnings
 * included), the column mapping it used (for a person to correct), the phases it found, the
 * warnings with their full location, where each field of each action came from (by action
 * reference, then field label: "page 2, row 4, column Lead"), and why each table row was read
 * as it was (for {@code --explain}).
 */
public record PlanReading(PlanExchange plan, ColumnMapping mapping, List<String> phases, List<ImportWarning> warnings,
                          Map<String, Map<String, String>> provenance, List<String> explanations) {
    public PlanReading {
        phases = List.copyOf(phases);
        warnings = List.copyOf(warnings);
        provenance = Map.copyOf(provenance);
        explanations = List.copyOf(explanations);
    }

    public PlanReading(PlanExchange plan, ColumnMapping mapping, List<String> phases, List<ImportWarning> warnings) {
        this(plan, mapping, phases, warnings, Map.of(), List.of());
    }

    /** Where the given field of the action with this reference was read, or null. */
    public String origin(String ref, PlanField field) {
        Map<String, String> fields = provenance.get(ref);
        return fields == null ? null : fields.get(field.label());
    }
}
