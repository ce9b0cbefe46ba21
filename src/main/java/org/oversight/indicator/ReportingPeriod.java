package org.oversight.indicator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a value covers, written as the indicator CSV writes it: a financial year
 * "2016/17" (April to March), a quarter of one "2017/18 Q2", a calendar year "2016", or a
 * snapshot "as at" a date "2017-03-31".
 */
public record ReportingPeriod(Kind kind, int year, int quarter, LocalDate asAt)
        implements Comparable<ReportingPeriod>, java.io.Serializable {
    private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})/(\\d{2}) Q([1-4])");
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The four ways a period is written. */
    public enum Kind { FINANCIAL_YEAR, QUARTER, CALENDAR_YEAR, AS_AT }

    public static ReportingPeriod financialYear(int startYear) {
        return new ReportingPeriod(Kind.FINANCIAL_YEAR, startYear, 0, null);
    }

    public static ReportingPeriod quarter(int startYear, int quarter) {
        return new ReportingPeriod(Kind.QUARTER, startYear, quarter, null);
    }

    public static ReportingPeriod calendarYear(int year) {
        return new ReportingPeriod(Kind.CALENDAR_YEAR, year, 0, null);
    }

    public static ReportingPeriod asAt(LocalDate date) {
        return new ReportingPeriod(Kind.AS_AT, date.getYear(), 0, date);
    }

    /** Reads a period; throws {@link IllegalArgumentException} naming the accepted forms. */
    public static ReportingPeriod parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.indexOf("  ") >= 0 || t.chars().anyMatch(c -> c != ' ' && Character.isWhitespace(c))) {
            t = SPACES.matcher(t).replaceAll(" ");
        }
        Matcher m = QUARTER.matcher(t);
        if (m.matches() && consecutive(m)) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
        }
        m = FINANCIAL.matcher(t);
        if (m.matches() && consecutive(m)) {
            return financialYear(Integer.parseInt(m.group(1)));
        }
        if (CALENDAR.matcher(t).matches()) {
            return calendarYear(Integer.parseInt(t));
        }
        try {
            return asAt(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a period: write 2016/17, 2017/18 Q2, 2016 or 2017-03-31");
        }
    }

    private static boolean consecutive(Matcher m) {
        return (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2));
    }

    /** The last day the period covers. */
    public LocalDate end() {
        return switch (kind) {
            case FINANCIAL_YEAR -> LocalDate.of(year + 1, 3, 31);
            case QUARTER -> LocalDate.of(year, 4, 1).plusMonths(3L * quarter).minusDays(1);
            case CALENDAR_YEAR -> LocalDate.of(year, 12, 31);
            case AS_AT -> asAt;
        };
    }

    /** The month the period ends in, counted from year 0; for periods other than dates. */
    private int endMonth() {
        return switch (kind) {
            case FINANCIAL_YEAR -> (year + 1) * 12 + 2;
            case QUARTER -> year * 12 + 3 + 3 * quarter - 1;
            default -> year * 12 + 11;
        };
    }

    /** The period just before this one, of the same kind; for a date, a year before. */
    public ReportingPeriod previous() {
        return switch (kind) {
            case FINANCIAL_YEAR -> financialYear(year - 1);
            case QUARTER -> quarter == 1 ? quarter(year - 1, 4) : quarter(year, quarter - 1);
            case CALENDAR_YEAR -> calendarYear(year - 1);
            case AS_AT -> asAt(asAt.minusYears(1));
        };
    }

    /** The period after this one, of the same kind. */
    public ReportingPeriod next() {
        return switch (kind) {
            case FINANCIAL_YEAR -> financialYear(year + 1);
            case QUARTER -> quarter == 4 ? quarter(year + 1, 1) : quarter(year, quarter + 1);
            case CALENDAR_YEAR -> calendarYear(year + 1);
            case AS_AT -> asAt(asAt.plusYears(1));
        };
    }

    /** The same period a year earlier. */
    public ReportingPeriod yearEarlier() {
        return switch (kind) {
            case QUARTER -> quarter(year - 1, quarter);
            case AS_AT -> asAt(asAt.minusYears(1));
            default -> previous();
        };
    }

    /** The financial year a quarter falls in. */
    public ReportingPeriod financialYear() {
        return financialYear(year);
    }

    public boolean isQuarter() {
        return kind == Kind.QUARTER;
    }

    /** As the indicator CSV writes it. */
    @Override
    public String toString() {
        int next = (year + 1) % 100;
        String fy = year + (next < 10 ? "/0" : "/") + next;
        return switch (kind) {
            case FINANCIAL_YEAR -> fy;
            case QUARTER -> fy + " Q" + quarter;
            case CALENDAR_YEAR -> Integer.toString(year);
            case AS_AT -> asAt.toString();
        };
    }

    /** In words for a page: "2017/18 Q2 (July to September 2017)", "as at 31 March 2017". */
    public String words() {
        return switch (kind) {
            case QUARTER -> toString();
            case AS_AT -> "as at " + asAt.getDayOfMonth() + " " + asAt.getMonth().getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + asAt.getYear();
            default -> toString();
        };
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        int byEnd = kind == Kind.AS_AT || other.kind == Kind.AS_AT ? end().compareTo(other.end())
                : Integer.compare(endMonth(), other.endMonth());
        return byEnd != 0 ? byEnd : kind.compareTo(other.kind);
    }
}
