package org.oversight.indicator;

import static org.oversight.indicator.FigureText.of;
import static org.oversight.indicator.FigureText.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks every entry and import passes through. Each warning names the indicator, the
 * period and the figures involved. A warning already accepted for a value is not raised again.
 */
public final class IntegrityChecks {
    static final BigDecimal PERCENT_TOLERANCE = new BigDecimal("0.1");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IntegrityChecks() {
    }

    /** Checks the figures as one set: each on its own, breakdowns against totals, and each series. */
    public static List<IndicatorWarning> check(Collection<CheckedFigure> figures) {
        Map<String, CheckedFigure> byKey = new LinkedHashMap<>();
        figures.forEach(f -> byKey.put(f.key(), f));
        List<IndicatorWarning> warnings = new ArrayList<>();
        for (CheckedFigure f : byKey.values()) {
            percentMismatch(f).ifPresent(warnings::add);
            missingCommentary(f).ifPresent(warnings::add);
        }
        warnings.addAll(BreakdownCheck.check(byKey));
        warnings.addAll(SeriesCheck.check(byKey.values()));
        return warnings;
    }

    static Optional<IndicatorWarning> percentMismatch(CheckedFigure f) {
        if (f.unit() != Unit.PERCENT || f.numerator() == null || f.denominator() == null
                || f.denominator().signum() == 0 || f.accepted().contains(IndicatorWarning.PERCENT_MISMATCH)) {
            return Optional.empty();
        }
        BigDecimal calculated = f.numerator().multiply(HUNDRED).divide(f.denominator(), 1, RoundingMode.HALF_UP);
        BigDecimal exact = f.numerator().multiply(HUNDRED).divide(f.denominator(), 6, RoundingMode.HALF_UP);
        if (exact.subtract(f.value()).abs().compareTo(PERCENT_TOLERANCE) <= 0
                || calculated.compareTo(f.value().setScale(1, RoundingMode.HALF_UP)) == 0) {
            return Optional.empty();
        }
        BigDecimal gap = calculated.subtract(f.value()).abs();
        return Optional.of(new IndicatorWarning(IndicatorWarning.PERCENT_MISMATCH, f.code(), f.period().toString(),
                f.code() + " " + f.period() + ": published " + of(Unit.PERCENT, f.value()) + " but " + plain(f.numerator())
                        + " of " + plain(f.denominator()) + " is " + of(Unit.PERCENT, calculated) + ", a difference of "
                        + FigureText.change(Unit.PERCENT, BigDecimal.ZERO, gap).substring(3) + "."));
    }

    static Optional<IndicatorWarning> missingCommentary(CheckedFigure f) {
        if (f.target() != null || f.commentary() != null && !f.commentary().isBlank()
                || f.accepted().contains(IndicatorWarning.MISSING_COMMENTARY)) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorWarning(IndicatorWarning.MISSING_COMMENTARY, f.code(), f.period().toString(),
                f.code() + " " + f.period() + ": " + of(f.unit(), f.value())
                        + " has no target and no commentary; say what the figure means for children."));
    }

    /** Groups figures by a key, keeping their order. */
    static <K> Map<K, List<CheckedFigure>> group(Collection<CheckedFigure> figures,
                                                 java.util.function.Function<CheckedFigure, K> key) {
        Map<K, List<CheckedFigure>> groups = new HashMap<>();
        figures.forEach(f -> groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f));
        return groups;
    }
}
