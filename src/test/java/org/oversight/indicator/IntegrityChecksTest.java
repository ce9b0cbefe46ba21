package org.oversight.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.indicator.Figuring.accepting;
import static org.oversight.indicator.Figuring.count;
import static org.oversight.indicator.Figuring.part;
import static org.oversight.indicator.Figuring.percent;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Integrity checks")
class IntegrityChecksTest {

    private static List<String> codes(CheckedFigure... figures) {
        return IntegrityChecks.check(List.of(figures)).stream().map(IndicatorWarning::code).toList();
    }

    @Nested
    @DisplayName("PERCENT_MISMATCH")
    class PercentMismatch {
        @Test
        @DisplayName("should flag a percentage its counts do not give, naming indicator, period and figures")
        void flagsMismatch() {
            List<IndicatorWarning> warnings = IntegrityChecks.check(List.of(percent("LAC 1", "2017/18 Q2", 31, 44, "75.0", "90")));

            assertThat(warnings).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("PERCENT_MISMATCH");
                assertThat(w.indicator()).isEqualTo("LAC 1");
                assertThat(w.period()).isEqualTo("2017/18 Q2");
                assertThat(w.message()).contains("75%", "31 of 44", "70.5%", "4.5 percentage points").doesNotContain("4.5%");
            });
        }

        @Test
        @DisplayName("should not flag rounding inside one decimal place")
        void acceptsRounding() {
            assertThat(codes(percent("A", "2017/18 Q2", 2, 3, "66.7", "60"), percent("B", "2017/18 Q2", 2, 3, "66.6", "60"),
                    percent("C", "2017/18 Q2", 1, 8, "12.5", "10"), percent("D", "2017/18 Q2", 1, 8, "12.4", "10"))).isEmpty();
        }

        @Test
        @DisplayName("should flag a difference just over 0.1")
        void flagsJustOver() {
            assertThat(codes(percent("A", "2017/18 Q2", 2, 3, "66.5", "60"))).containsExactly("PERCENT_MISMATCH");
        }

        @Test
        @DisplayName("should not flag once the warning is accepted")
        void respectsAcceptance() {
            assertThat(codes(accepting(percent("A", "2017/18 Q2", 31, 44, "75.0", "90"), "PERCENT_MISMATCH"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("SUM_MISMATCH")
    class SumMismatch {
        @Test
        @DisplayName("should flag parts of one breakdown that do not add up to the total's count")
        void flagsParts() {
            List<IndicatorWarning> warnings = IntegrityChecks.check(List.of(count("LAC 5", "2017/18 Q2", 300),
                    part("LAC 5a", "LAC 5", "location", "2017/18 Q2", 180), part("LAC 5b", "LAC 5", "location", "2017/18 Q2", 110)));

            assertThat(warnings).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("SUM_MISMATCH");
                assertThat(w.indicator()).isEqualTo("LAC 5");
                assertThat(w.message()).contains("290", "300", "LAC 5a 180", "LAC 5b 110", "difference of 10");
            });
        }

        @Test
        @DisplayName("should not flag breakdowns that add up, even two breakdowns of the same total")
        void acceptsBreakdownsThatAddUp() {
            assertThat(codes(count("LAC 5", "2017/18 Q2", 300),
                    part("LAC 5a", "LAC 5", "location", "2017/18 Q2", 190), part("LAC 5b", "LAC 5", "location", "2017/18 Q2", 110),
                    part("LAC 6a", "LAC 5", "time", "2017/18 Q2", 100), part("LAC 6b", "LAC 5", "time", "2017/18 Q2", 200))).isEmpty();
        }

        @Test
        @DisplayName("should not flag an indicator that is a subset of another but not part of its breakdown")
        void ignoresSubsets() {
            assertThat(codes(count("CP 1", "2017/18 Q2", 300), part("CP 1a", "CP 1", "age", "2017/18 Q2", 300),
                    count("CP 3", "2017/18 Q2", 45))).isEmpty();
        }

        @Test
        @DisplayName("should compare parts only with the total of the same period")
        void comparesSamePeriod() {
            assertThat(codes(count("LAC 5", "2017/18 Q2", 300), count("LAC 5", "2017/18 Q1", 290),
                    part("LAC 5a", "LAC 5", "location", "2017/18 Q1", 290))).isEmpty();
        }
    }

    @Nested
    @DisplayName("MISSING_COMMENTARY")
    class MissingCommentary {
        @Test
        @DisplayName("should flag a value with neither target nor commentary")
        void flagsBareValue() {
            CheckedFigure bare = new CheckedFigure("CP 1", Unit.RATE, ReportingPeriod.parse("2016/17"), null, null,
                    new BigDecimal("44.1"), null, " ", null, null, Set.of());
            assertThat(IntegrityChecks.check(List.of(bare))).singleElement()
                    .satisfies(w -> assertThat(w.message()).contains("CP 1", "2016/17", "44.1"));
        }

        @Test
        @DisplayName("should not flag a value with a target or with commentary")
        void acceptsTargetOrCommentary() {
            assertThat(codes(percent("A", "2016/17", 1, 2, "50", "60"), count("B", "2016/17", 5))).isEmpty();
        }
    }

    @Nested
    @DisplayName("series")
    class Series {
        @Test
        @DisplayName("should flag quarters whose counts contradict the year's stated figure")
        void flagsYearToDate() {
            List<IndicatorWarning> warnings = IntegrityChecks.check(List.of(count("R 1", "2016/17", 100),
                    count("R 1", "2016/17 Q1", 20), count("R 1", "2016/17 Q2", 30), count("R 1", "2016/17 Q3", 25),
                    count("R 1", "2016/17 Q4", 30)));

            assertThat(warnings).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("YEAR_TO_DATE_MISMATCH");
                assertThat(w.message()).contains("100", "105");
            });
        }

        @Test
        @DisplayName("should not flag quarters so far that stay within the year's figure, or four that add up")
        void acceptsConsistentQuarters() {
            assertThat(codes(count("R 1", "2016/17", 100), count("R 1", "2016/17 Q1", 20), count("R 1", "2016/17 Q2", 30))).isEmpty();
            assertThat(codes(count("R 1", "2016/17", 100), count("R 1", "2016/17 Q1", 20), count("R 1", "2016/17 Q2", 30),
                    count("R 1", "2016/17 Q3", 25), count("R 1", "2016/17 Q4", 25))).isEmpty();
        }

        @Test
        @DisplayName("should flag each quarter missing inside a series, and nothing for a complete one")
        void flagsMissingPeriods() {
            List<IndicatorWarning> warnings = IntegrityChecks.check(List.of(count("R 1", "2016/17 Q3", 1),
                    count("R 1", "2017/18 Q2", 1), count("R 2", "2016/17 Q4", 1), count("R 2", "2017/18 Q1", 1)));

            assertThat(warnings).extracting(IndicatorWarning::code, IndicatorWarning::indicator, IndicatorWarning::period)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("MISSING_PERIOD", "R 1", "2016/17 Q4"),
                            org.assertj.core.groups.Tuple.tuple("MISSING_PERIOD", "R 1", "2017/18 Q1"));
        }
    
        @Test
        @DisplayName("should not raise a missing period again once it is accepted on the value after the gap")
        void acceptsAMissingPeriod() {
            List<IndicatorWarning> warnings = IntegrityChecks.check(List.of(count("R 1", "2016/17 Q3", 1),
                    accepting(count("R 1", "2017/18 Q1", 1), "MISSING_PERIOD 2016/17 Q4")));

            assertThat(warnings).isEmpty();
            assertThat(SeriesCheck.acceptedAs(ReportingPeriod.parse("2016/17 Q4"))).isEqualTo("MISSING_PERIOD 2016/17 Q4");
        }
    }
}
