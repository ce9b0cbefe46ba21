package org.oversight.indicator;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One value as the integrity checks see it, whether it comes from a file or from storage:
 * the indicator's code, unit, the total it is part of, and the codes of warnings already accepted.
 */
public record CheckedFigure(String code, Unit unit, ReportingPeriod period, BigDecimal numerator,
                            BigDecimal denominator, BigDecimal value, BigDecimal target, String commentary,
                            String partOf, String breakdown, Set<String> accepted) {
    public CheckedFigure {
        accepted = accepted == null ? Set.of() : Set.copyOf(accepted);
    }

    public static CheckedFigure of(IndicatorValue stored) {
        Indicator i = stored.getIndicator();
        Set<String> accepted = new java.util.HashSet<>();
        stored.getAcceptedWarnings().forEach(w -> accepted.add(w.code()));
        return new CheckedFigure(i.getCode(), i.getUnit(), stored.getPeriod(), stored.getNumerator(),
                stored.getDenominator(), stored.getValue(), stored.getTarget(), stored.getCommentary(),
                i.getPartOf() == null ? null : i.getPartOf().getCode(), i.getBreakdown(), accepted);
    }

    String key() {
        return code + "\u0000" + period;
    }
}
