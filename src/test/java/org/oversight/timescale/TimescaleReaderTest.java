package org.oversight.timescale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the reader behaves on phrases beyond the test vectors. */
class TimescaleReaderTest {

    private static final LocalDate START = LocalDate.of(2009, 6, 1);
    private static final LocalDate END = LocalDate.of(2010, 6, 30);

    private final TimescaleReader reader = new TimescaleReader();

    private Timescale read(String text) {
        return reader.read(text, START, END);
    }

    @Test
    void keepsOriginalWords() {
        String text = "  July 2009 ( first audit)  ";
        assertThat(read(text).text()).isEqualTo(text);
        assertThat(read(text).note()).isEqualTo("first audit");
    }

    @Test
    void keepsTrailingRemarkAsNote() {
        Timescale read = reader.read("Feb 2013 for validated data but earlier for unvalidated",
                LocalDate.of(2012, 4, 1), LocalDate.of(2013, 9, 30));
        assertThat(read.note()).isEqualTo("for validated data but earlier for unvalidated");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2009/10|2010-03-31",
            "Financial year 2009/10|2010-03-31",
            "end of 09/10|2010-03-31",
            "2009-2010|2010-03-31"})
    void readsFinancialYearAsEndingInMarch(String text, LocalDate due) {
        assertThat(read(text).kind()).isEqualTo(TimescaleKind.DATE);
        assertThat(read(text).due()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Q3 2009/10|2009-12-31",
            "Q4 09/10|2010-03-31",
            "second quarter 2009/10|2009-09-30",
            "Q1 2010/11|2010-06-30"})
    void readsQuartersOfTheFinancialYear(String text, LocalDate due) {
        assertThat(read(text).due()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "31/03/2010|2010-03-31",
            "31.3.10|2010-03-31",
            "17/11/2009|2009-11-17",
            "2009-11-30|2009-11-30",
            "30th Nov 09|2009-11-30",
            "October 31st 2009|2009-10-31",
            "31st Oct, 2009|2009-10-31",
            "Jun-10|2010-06-30",
            "May '10|2010-05-31",
            "end of March 2010|2010-03-31",
            "by the end of 2009|2009-12-31",
            "No later than 31 March 2010|2010-03-31"})
    void readsDatesWrittenInManyWays(String text, LocalDate due) {
        assertThat(read(text).kind()).isEqualTo(TimescaleKind.DATE);
        assertThat(read(text).due()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "mid-November 2009|2009-11-15",
            "early Dec 2009|2009-12-10",
            "before December 2009|2009-11-30",
            "Spring 2010|2010-05-31",
            "Winter 2009|2010-02-28",
            "spring term 2010|2010-03-31",
            "autumn term 2009/10|2009-12-31"})
    void readsPartsOfPeriodsSeasonsAndTerms(String text, LocalDate due) {
        assertThat(read(text).due()).isEqualTo(due);
    }

    @Test
    void readsWeekCommencingAsTheWholeWeek() {
        Timescale read = read("w/c 5 October 2009");
        assertThat(read.startsOn()).isEqualTo(LocalDate.of(2009, 10, 5));
        assertThat(read.due()).isEqualTo(LocalDate.of(2009, 10, 11));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "every two months|P2M",
            "annually|P1Y",
            "fortnightly|P2W",
            "termly|P4M",
            "half-termly|P2M",
            "twice a year|P6M",
            "Three times a year|P4M",
            "Every other week|P2W",
            "Bi-annually|P6M",
            "Six-monthly|P6M",
            "Every 6 weeks|P6W",
            "Once a month|P1M",
            "Reviewed annually|P1Y"})
    void readsCadences(String text, String iso) {
        assertThat(read(text).kind()).isEqualTo(TimescaleKind.RECURRING);
        assertThat(read(text).recurrenceIso()).isEqualTo(iso);
    }

    @Test
    void readsCadenceWithStartAndEnd() {
        Timescale read = read("Monthly from Oct 2009 to March 2010");
        assertThat(read.kind()).isEqualTo(TimescaleKind.RECURRING);
        assertThat(read.startsOn()).isEqualTo(LocalDate.of(2009, 10, 1));
        assertThat(read.due()).isEqualTo(LocalDate.of(2010, 3, 31));
        assertThat(read.recurrence()).isEqualTo(Period.ofMonths(1));
    }

    @Test
    void readsDeadlineThenCadence() {
        Timescale read = read("July 2009 and then monthly");
        assertThat(read.kind()).isEqualTo(TimescaleKind.DATE);
        assertThat(read.describe()).isEqualTo("Deadline 31 July 2009, then monthly");
    }

    @Test
    void readsStartDateAloneAsOngoing() {
        Timescale read = read("October 2009 onwards");
        assertThat(read.kind()).isEqualTo(TimescaleKind.ONGOING);
        assertThat(read.startsOn()).isEqualTo(LocalDate.of(2009, 10, 1));
        assertThat(read(" From October 2009").startsOn()).isEqualTo(LocalDate.of(2009, 10, 1));
    }

    @Test
    void readsDeadlineThenOngoing() {
        Timescale read = read("April 2010 - ongoing");
        assertThat(read.kind()).isEqualTo(TimescaleKind.DATE);
        assertThat(read.ongoingAfterDue()).isTrue();
        assertThat(read.describe()).isEqualTo("Deadline 30 April 2010, then ongoing");
    }

    @Test
    void readsRangeAsStartAndDeadline() {
        Timescale read = read("Jan - Mar 2010");
        assertThat(read.startsOn()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(read.due()).isEqualTo(LocalDate.of(2010, 3, 31));
        assertThat(read("September 2009 \u2013 December 2009").due()).isEqualTo(LocalDate.of(2009, 12, 31));
    }

    @Test
    void takesTheLatestOfSeveralDeadlinesAndKeepsTheRestInTheNote() {
        Timescale read = read("Draft by Sept 2009, final by Jan 2010");
        assertThat(read.due()).isEqualTo(LocalDate.of(2010, 1, 31));
        assertThat(read.note()).isEqualTo("Draft by Sept 2009, final");
    }

    @Test
    void readsMonthWithoutYearWhenOnlyOneLiesInAShortPlan() {
        assertThat(read("September").due()).isEqualTo(LocalDate.of(2009, 9, 30));
        assertThat(read("By 31st March").due()).isEqualTo(LocalDate.of(2010, 3, 31));
    }

    @Test
    void flagsMonthWithoutYearInLongPlan() {
        Timescale read = read("June");
        assertThat(read.kind()).isEqualTo(TimescaleKind.UNKNOWN);
        assertThat(read.warns(TimescaleWarningCode.UNREADABLE_TIMESCALE)).isTrue();
        assertThat(read.describe()).isEqualTo("Could not be read: please correct it");
    }

    @Test
    void readsTwoDigitYearsOnlyWhenUnambiguous() {
        assertThat(reader.read("May 09", null, null).kind()).isEqualTo(TimescaleKind.UNKNOWN);
        assertThat(reader.read("1.10.09", null, null).due()).isEqualTo(LocalDate.of(2009, 10, 1));
        assertThat(reader.read("3 May 12", null, null).due()).isEqualTo(LocalDate.of(2012, 5, 3));
        assertThat(read("April 18").kind()).isEqualTo(TimescaleKind.UNKNOWN);
        assertThat(reader.read("April 18", LocalDate.of(2017, 4, 1), LocalDate.of(2018, 3, 31)).due())
                .isEqualTo(LocalDate.of(2018, 4, 30));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iviay ZUTZ", "A '' 0040", "asap", "Q3 2009", "Q3", "Q5 2009/10", "twice weekly",
            "03/31/2010", "30/02/2010", "End of year", "Not yet completed", "Staff may attend"})
    void neverGuessesScanningNoise(String text) {
        Timescale read = read(text);
        assertThat(read.kind()).isEqualTo(TimescaleKind.UNKNOWN);
        assertThat(read.due()).isNull();
        assertThat(read.warns(TimescaleWarningCode.UNREADABLE_TIMESCALE)).isTrue();
        assertThat(read.readable()).isFalse();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "TBC", "To be confirmed"})
    void flagsMissingTimescale(String text) {
        Timescale read = read(text);
        assertThat(read.kind()).isEqualTo(TimescaleKind.UNKNOWN);
        assertThat(read.warns(TimescaleWarningCode.MISSING_TIMESCALE)).isTrue();
        assertThat(reader.read(null, START, END).warns(TimescaleWarningCode.MISSING_TIMESCALE)).isTrue();
    }

    @Test
    void keepsProvisionalMarkOnAReadableDate() {
        Timescale read = read("June 2010 TBC");
        assertThat(read.kind()).isEqualTo(TimescaleKind.DATE);
        assertThat(read.note()).isEqualTo("TBC");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In place|COMPLETED",
            "Already in place|COMPLETED",
            "Complete by March 2010|DATE",
            "To be completed by Dec 2009|DATE",
            "Immediately|ONGOING",
            "As and when required|ONGOING",
            "Following publication of guidance|EXTERNAL",
            "Ongoing - reviewed quarterly|RECURRING",
            "October 2009 - review in January 2010|DATE",
            "Annual review March 2010|REVIEW"})
    void readsKindFromItsWords(String text, TimescaleKind kind) {
        assertThat(read(text).kind()).isEqualTo(kind);
    }

    @Test
    void warnsWhenOutsideThePlanButNotWhenCompleted() {
        assertThat(read("2010").warns(TimescaleWarningCode.TIMESCALE_AFTER_PLAN_END)).isTrue();
        assertThat(read("Completed May 2009").warnings()).isEmpty();
    }

    @Test
    void describesInPlainEnglish() {
        assertThat(read("October 2009 and monthly thereafter").describe())
                .isEqualTo("Deadline 31 October 2009, then monthly");
        assertThat(read("Quarterly").describe()).isEqualTo("Every 3 months");
        assertThat(read("Awaiting guidance").describe()).isEqualTo("Waiting on an external event");
        assertThat(read("Weekly").recurrenceIso()).isEqualTo("P1W");
        assertThat(read("Ongoing").recurrenceIso()).isNull();
    }
}
