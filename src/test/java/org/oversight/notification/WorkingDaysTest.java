package org.oversight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private final WorkingDays days = new WorkingDays();

    @Test
    @DisplayName("should know England's bank holidays at Easter, Christmas and in August, with substitute days")
    void knowsEnglandsBankHolidays() {
        assertThat(days.isBankHoliday(LocalDate.of(2026, 4, 3))).as("Good Friday 2026").isTrue();
        assertThat(days.isBankHoliday(LocalDate.of(2026, 4, 6))).as("Easter Monday 2026").isTrue();
        assertThat(days.isBankHoliday(LocalDate.of(2026, 8, 31))).as("Summer bank holiday 2026").isTrue();
        assertThat(days.isBankHoliday(LocalDate.of(2026, 12, 25))).as("Christmas Day 2026").isTrue();
        assertThat(days.isBankHoliday(LocalDate.of(2026, 12, 28))).as("Boxing Day substitute 2026").isTrue();
        assertThat(days.isBankHoliday(LocalDate.of(2027, 1, 1))).as("New Year's Day 2027").isTrue();
        assertThat(days.isBankHoliday(LocalDate.of(2026, 8, 3))).as("Scotland's August holiday is not England's").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 7))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 4))).as("a Saturday").isFalse();
    }

    @Test
    @DisplayName("should put the 5th working day after the month's end past Easter, Christmas and the August bank holiday")
    void countsWorkingDaysPastBankHolidays() {
        assertThat(days.after(LocalDate.of(2026, 3, 31), 5)).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(days.after(LocalDate.of(2026, 8, 31), 5)).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(days.after(LocalDate.of(2026, 12, 31), 5)).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(days.after(LocalDate.of(2026, 11, 30), 5)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    @DisplayName("should count back over Christmas and the August bank holiday")
    void countsBackOverBankHolidays() {
        assertThat(days.before(LocalDate.of(2026, 12, 29), 3)).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(days.before(LocalDate.of(2026, 9, 1), 1)).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(days.between(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 7))).isEqualTo(1);
    }
}
