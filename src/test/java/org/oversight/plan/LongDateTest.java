package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Dates in words")
class LongDateTest {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Test
    @DisplayName("should write every day of forty years as the UK long date pattern writes it")
    void everyDay() {
        for (LocalDate d = LocalDate.of(1995, 1, 1); d.isBefore(LocalDate.of(2035, 1, 1)); d = d.plusDays(1)) {
            assertThat(LongDate.of(d)).isEqualTo(UK.format(d));
        }
        assertThat(LongDate.of(LocalDate.of(2026, 3, 3))).isEqualTo("3 March 2026");
    }

    @Test
    @DisplayName("should write years outside four digits, and nothing for no date")
    void unusualYears() {
        assertThat(LongDate.of(LocalDate.of(999, 12, 31))).isEqualTo(UK.format(LocalDate.of(999, 12, 31)));
        assertThat(LongDate.of(LocalDate.of(10000, 1, 1))).isEqualTo(UK.format(LocalDate.of(10000, 1, 1)));
        assertThat(LongDate.of(null)).isEmpty();
    }
}
