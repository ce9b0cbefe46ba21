package org.oversight.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How a value stands: against its target (with the indicator's tolerance), against the
 * previous period and against the same period a year earlier, respecting polarity.
 */
public record Standing(Status status, Trend sincePrevious, Trend sinceYearEarlier) {

    /** The standing of {@code value} among the indicator's other values. */
    public static Standing of(IndicatorValue value, List<IndicatorValue> series) {
        Indicator indicator = value.getIndicator();
        ReportingPeriod period = value.getPeriod();
        return new Standing(status(indicator, value.getValue(), value.getTarget()),
                trend(indicator, find(series, period.previous()), value),
                trend(indicator, find(series, period.yearEarlier()), value));
    }

    public static Status status(Indicator indicator, BigDecimal figure, BigDecimal target) {
        if (target == null) {
            return Status.NO_TARGET;
        }
        BigDecimal shortfall = switch (indicator.getPolarity()) {
            case HIGHER -> target.subtract(figure);
            case LOWER -> figure.subtract(target);
            case NONE -> figure.subtract(target).abs();
        };
        if (shortfall.signum() <= 0) {
            return Status.ON_TARGET;
        }
        return shortfall.compareTo(indicator.getTolerance()) <= 0 ? Status.WITHIN_TOLERANCE : Status.OFF_TARGET;
    }

    public static Trend trend(Indicator indicator, Optional<IndicatorValue> earlier, IndicatorValue later) {
        return earlier.map(e -> trend(indicator, e.getPeriod(), e.getValue(), later.getValue())).orElse(Trend.none());
    }

    /** The change from the figure of an earlier period to a later figure, and whether it is for the better. */
    static Trend trend(Indicator indicator, ReportingPeriod earlierPeriod, BigDecimal from, BigDecimal to) {
        String change = FigureText.change(indicator.getUnit(), from, to);
        return new Trend(direction(indicator.getPolarity(), to.compareTo(from)), earlierPeriod, change);
    }

    static Direction direction(Polarity polarity, int sign) {
        if (sign == 0) {
            return Direction.NO_CHANGE;
        }
        return switch (polarity) {
            case HIGHER -> sign > 0 ? Direction.IMPROVING : Direction.WORSENING;
            case LOWER -> sign < 0 ? Direction.IMPROVING : Direction.WORSENING;
            case NONE -> sign > 0 ? Direction.UP : Direction.DOWN;
        };
    }

    private static Optional<IndicatorValue> find(List<IndicatorValue> series, ReportingPeriod period) {
        return series.stream().filter(v -> v.getPeriod().equals(period)).findFirst();
    }
}
