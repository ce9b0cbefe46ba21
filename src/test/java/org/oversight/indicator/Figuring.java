package org.oversight.indicator;

import java.math.BigDecimal;
import java.util.Set;

/** Named fixtures for checks: figures as a file or storage would give them. */
final class Figuring {
    private Figuring() {
    }

    static CheckedFigure percent(String code, String period, int numerator, int denominator, String value, String target) {
        return new CheckedFigure(code, Unit.PERCENT, ReportingPeriod.parse(period), BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator), new BigDecimal(value), target == null ? null : new BigDecimal(target),
                null, null, null, Set.of());
    }

    static CheckedFigure count(String code, String period, int value) {
        return new CheckedFigure(code, Unit.COUNT, ReportingPeriod.parse(period), null, null, BigDecimal.valueOf(value),
                null, "Explained.", null, null, Set.of());
    }

    static CheckedFigure part(String code, String total, String breakdown, String period, int value) {
        return new CheckedFigure(code, Unit.COUNT, ReportingPeriod.parse(period), null, null, BigDecimal.valueOf(value),
                null, "Explained.", total, breakdown, Set.of());
    }

    static CheckedFigure accepting(CheckedFigure f, String code) {
        return new CheckedFigure(f.code(), f.unit(), f.period(), f.numerator(), f.denominator(), f.value(), f.target(),
                f.commentary(), f.partOf(), f.breakdown(), Set.of(code));
    }

    static Indicator indicator(Unit unit, Polarity polarity, String tolerance) {
        return new Indicator("T 1", "Test indicator", unit, polarity).tolerate(tolerance == null ? null : new BigDecimal(tolerance));
    }
}
