package org.oversight.indicator;

import java.math.BigDecimal;

/**
 * The parts of an indicator's definition a values file may carry beside its figures: who owns
 * it, how often it is reported, its tolerance, what it means and how its numerator and
 * denominator are counted. A part left empty leaves what is stored as it is.
 */
public record DefinitionCells(String owner, String frequency, BigDecimal tolerance, String meaning, String numerator,
                              String denominator) implements java.io.Serializable {
    public static final DefinitionCells NONE = new DefinitionCells(null, null, null, null, null, null);

    static DefinitionCells of(Indicator i) {
        return new DefinitionCells(i.getOwner(), i.getFrequency(), i.getTolerance().signum() == 0 ? null : i.getTolerance(),
                i.getDefinition(), i.getNumeratorDefinition(), i.getDenominatorDefinition());
    }

    /** Writes the parts given onto the indicator, keeping those not given. */
    void applyTo(Indicator indicator) {
        if (owner != null || frequency != null) {
            indicator.reportedBy(owner == null ? indicator.getOwner() : owner,
                    frequency == null ? indicator.getFrequency() : frequency);
        }
        if (tolerance != null) {
            indicator.tolerate(tolerance);
        }
        if (meaning != null || numerator != null || denominator != null) {
            indicator.define(meaning == null ? indicator.getDefinition() : meaning,
                    numerator == null ? indicator.getNumeratorDefinition() : numerator,
                    denominator == null ? indicator.getDenominatorDefinition() : denominator);
        }
    }
}
