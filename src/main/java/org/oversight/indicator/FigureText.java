package org.oversight.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures and changes in words. Differences between percentages are "percentage points";
 * "per cent" is used only for a relative change; a score moves in "points", never "%".
 */
public final class FigureText {
    private FigureText() {
    }

    /** A figure as published, with its unit: "71.1%", "23 days", "14.2", "312". */
    public static String of(Unit unit, BigDecimal figure) {
        if (figure == null) {
            return "not given";
        }
        String plain = plain(figure);
        return switch (unit) {
            case PERCENT -> plain + "%";
            case DAYS -> plain + (figure.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
            default -> plain;
        };
    }

    /** A number without trailing zeros or exponent: 71.10 becomes "71.1", 3E+2 becomes "300". */
    public static String plain(BigDecimal figure) {
        if (figure == null) {
            return "";
        }
        BigDecimal stripped = figure.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /**
     * The change from one figure to the next: "down 1.3 percentage points", "up 1.3 points",
     * "up 12 (4.0 per cent)", "down 3 days (8.1 per cent)", or "no change".
     */
    public static String change(Unit unit, BigDecimal from, BigDecimal to) {
        int sign = to.compareTo(from);
        if (sign == 0) {
            return "no change";
        }
        String way = sign > 0 ? "up " : "down ";
        BigDecimal size = to.subtract(from).abs();
        return switch (unit) {
            case PERCENT -> way + plain(size) + (size.compareTo(BigDecimal.ONE) == 0 ? " percentage point" : " percentage points");
            case SCORE -> way + plain(size) + (size.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
            case DAYS -> way + of(Unit.DAYS, size) + relative(from, size);
            default -> way + plain(size) + relative(from, size);
        };
    }

    /** " (4.0 per cent)": a relative change, only where the earlier figure is not zero. */
    private static String relative(BigDecimal from, BigDecimal size) {
        if (from.signum() == 0) {
            return "";
        }
        BigDecimal perCent = size.multiply(BigDecimal.valueOf(100)).divide(from.abs(), 1, RoundingMode.HALF_UP);
        return " (" + perCent.toPlainString() + " per cent)";
    }
}
