package org.oversight.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The vertical scale of a trend chart: from zero (or below) to a round number above every figure. */
record Scale(double low, double high, double top, double bottom) {
    static Scale of(List<IndicatorValue> series) {
        List<BigDecimal> all = series.stream().flatMap(v -> Stream.of(v.getValue(), v.getTarget(),
                v.getStatisticalNeighbours(), v.getEngland())).filter(Objects::nonNull).toList();
        double max = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double min = Math.min(0, all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double step = niceStep((max - min) / 4);
        return new Scale(Math.floor(min / step) * step, Math.max(Math.ceil(max / step) * step, step), 16, 300 - 96);
    }

    private static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double nice : new double[] {1, 2, 2.5, 5, 10}) {
            if (nice * magnitude >= raw) {
                return nice * magnitude;
            }
        }
        return 10 * magnitude;
    }

    double y(BigDecimal figure) {
        return bottom - (figure.doubleValue() - low) / (high - low) * (bottom - top);
    }

    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        double step = (high - low) / 4;
        for (int i = 0; i <= 4; i++) {
            ticks.add(BigDecimal.valueOf(low + i * step).setScale(2, RoundingMode.HALF_UP));
        }
        return ticks;
    }
}
