package org.oversight.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.indicator.Figuring.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Status, direction and the words for changes")
class StandingTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    @DisplayName("should put a higher-is-better value on, within tolerance of or off target")
    void statusHigherIsBetter() {
        Indicator i = indicator(Unit.PERCENT, Polarity.HIGHER, "2");
        assertThat(Standing.status(i, d("90"), d("90"))).isEqualTo(Status.ON_TARGET);
        assertThat(Standing.status(i, d("88"), d("90"))).isEqualTo(Status.WITHIN_TOLERANCE);
        assertThat(Standing.status(i, d("87.9"), d("90"))).isEqualTo(Status.OFF_TARGET);
        assertThat(Standing.status(i, d("87.9"), null)).isEqualTo(Status.NO_TARGET);
    }

    @Test
    @DisplayName("should put a lower-is-better value above target off target")
    void statusLowerIsBetter() {
        Indicator i = indicator(Unit.SCORE, Polarity.LOWER, "1");
        assertThat(Standing.status(i, d("13.5"), d("14"))).isEqualTo(Status.ON_TARGET);
        assertThat(Standing.status(i, d("14.8"), d("14"))).isEqualTo(Status.WITHIN_TOLERANCE);
        assertThat(Standing.status(i, d("15.2"), d("14"))).isEqualTo(Status.OFF_TARGET);
    }

    @Test
    @DisplayName("should call a fall improving when lower is better, worsening when higher is, and only down when neither")
    void directionRespectsPolarity() {
        assertThat(Standing.direction(Polarity.LOWER, -1)).isEqualTo(Direction.IMPROVING);
        assertThat(Standing.direction(Polarity.HIGHER, -1)).isEqualTo(Direction.WORSENING);
        assertThat(Standing.direction(Polarity.NONE, -1)).isEqualTo(Direction.DOWN);
        assertThat(Standing.direction(Polarity.HIGHER, 0)).isEqualTo(Direction.NO_CHANGE);
        assertThat(Direction.IMPROVING.symbol()).isNotBlank();
        assertThat(Status.OFF_TARGET.label()).isEqualTo("Off target");
    }

    @Test
    @DisplayName("should compare with the previous quarter and the same quarter a year earlier")
    void trendsAgainstPreviousAndYearEarlier() {
        Indicator i = indicator(Unit.PERCENT, Polarity.HIGHER, "2");
        IndicatorValue yearAgo = value(i, "2016/17 Q2", "70.0");
        IndicatorValue previous = value(i, "2017/18 Q1", "74.5");
        IndicatorValue now = value(i, "2017/18 Q2", "73.2");

        Standing standing = Standing.of(now, List.of(yearAgo, previous, now));

        assertThat(standing.sincePrevious().direction()).isEqualTo(Direction.WORSENING);
        assertThat(standing.sincePrevious().words()).isEqualTo("Worsening: down 1.3 percentage points since 2017/18 Q1");
        assertThat(standing.sinceYearEarlier().words()).isEqualTo("Improving: up 3.2 percentage points since 2016/17 Q2");
    }

    @Test
    @DisplayName("should say percentage points for percentages, points for scores, and per cent only for relative change")
    void wordsForChanges() {
        assertThat(FigureText.change(Unit.PERCENT, d("72.4"), d("71.1"))).isEqualTo("down 1.3 percentage points");
        assertThat(FigureText.change(Unit.SCORE, d("15.2"), d("13.9"))).isEqualTo("down 1.3 points").doesNotContain("%");
        assertThat(FigureText.change(Unit.COUNT, d("300"), d("312"))).isEqualTo("up 12 (4.0 per cent)");
        assertThat(FigureText.change(Unit.DAYS, d("40"), d("37"))).isEqualTo("down 3 days (7.5 per cent)");
        assertThat(FigureText.change(Unit.RATE, d("44.1"), d("44.1"))).isEqualTo("no change");
        assertThat(FigureText.of(Unit.PERCENT, d("71.10"))).isEqualTo("71.1%");
    }

    private static IndicatorValue value(Indicator i, String period, String figure) {
        return new IndicatorValue(i, ReportingPeriod.parse(period), Figures.of(new BigDecimal(figure)), "test", Instant.EPOCH);
    }
}
