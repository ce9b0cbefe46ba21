package org.oversight.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reporting periods")
class ReportingPeriodTest {
    @Test
    @DisplayName("should read the four ways a period is written and write them back the same")
    void readsAndWrites() {
        assertThat(ReportingPeriod.parse("2016/17")).isEqualTo(ReportingPeriod.financialYear(2016));
        assertThat(ReportingPeriod.parse(" 2017/18  Q2 ")).isEqualTo(ReportingPeriod.quarter(2017, 2));
        assertThat(ReportingPeriod.parse("2016")).isEqualTo(ReportingPeriod.calendarYear(2016));
        assertThat(ReportingPeriod.parse("2017-03-31")).isEqualTo(ReportingPeriod.asAt(LocalDate.of(2017, 3, 31)));
        for (String text : new String[] {"2016/17", "2017/18 Q2", "2016", "2017-03-31", "1999/00 Q4"}) {
            assertThat(ReportingPeriod.parse(text)).hasToString(text);
        }
    }

    @Test
    @DisplayName("should know a quarter's end, the one before and the same quarter a year earlier")
    void movesThroughTime() {
        ReportingPeriod q1 = ReportingPeriod.parse("2017/18 Q1");
        assertThat(q1.end()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(ReportingPeriod.parse("2017/18 Q4").end()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(q1.previous()).hasToString("2016/17 Q4");
        assertThat(q1.yearEarlier()).hasToString("2016/17 Q1");
        assertThat(ReportingPeriod.parse("2016/17 Q4").next()).isEqualTo(q1);
    }

    @Test
    @DisplayName("should refuse text that is not a period, naming the accepted forms")
    void refusesOtherText() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2016/18")).hasMessageContaining("2017/18 Q2");
        assertThatThrownBy(() -> ReportingPeriod.parse("Q2")).isInstanceOf(IllegalArgumentException.class);
    }
}
