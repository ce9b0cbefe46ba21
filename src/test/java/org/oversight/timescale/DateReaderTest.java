package org.oversight.timescale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateReaderTest {

    private final DateReader reader = new DateReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1.10.09|2009-10-01",
            "3rd May 2012|2012-05-03",
            "30 September 2012|2012-09-30",
            "2012-09-30|2012-09-30",
            "Progress as at 31/03/2010|2010-03-31",
            "June 2012|2012-06-30"})
    void readsUkDayFirstDates(String text, LocalDate expected) {
        assertThat(reader.read(text)).contains(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "Ongoing", "03/31/2010", "May 09", "June 2012 to March 2013", "iviay ZUTZ"})
    void readsNothingWhenThereIsNotExactlyOneClearDate(String text) {
        assertThat(reader.read(text)).isEmpty();
    }

    @Test
    void usesThePlanToReadTwoDigitYears() {
        assertThat(reader.read("May 09", LocalDate.of(2009, 6, 1), LocalDate.of(2010, 6, 30)))
                .contains(LocalDate.of(2009, 5, 31));
    }
}
