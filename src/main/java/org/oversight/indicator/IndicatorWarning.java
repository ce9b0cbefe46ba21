package org.oversight.indicator;

/** A check's finding about one indicator and period, naming the figures involved. */
public record IndicatorWarning(String code, String indicator, String period, String message)
        implements java.io.Serializable {
    public static final String PERCENT_MISMATCH = "PERCENT_MISMATCH";
    public static final String SUM_MISMATCH = "SUM_MISMATCH";
    public static final String MISSING_COMMENTARY = "MISSING_COMMENTARY";
    public static final String YEAR_TO_DATE_MISMATCH = "YEAR_TO_DATE_MISMATCH";
    public static final String MISSING_PERIOD = "MISSING_PERIOD";
}
