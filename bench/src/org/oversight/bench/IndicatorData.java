package org.oversight.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * One council's performance indicators, with the national codes every council uses
 * (CSC-001 to CSC-200) and belonging to the council: half reported quarterly (twenty quarters), half
 * monthly (sixty month ends), five years of values each with target and comparators, and
 * each indicator linked to one of the council's actions.
 */
final class IndicatorData {
    static final int INDICATORS = 200;
    static final int YEARS = 5;
    private static final String[] UNITS = {"PERCENT", "COUNT", "RATE", "DAYS"};
    private static final String[] POLARITY = {"HIGHER", "LOWER", "NONE"};

    private final Rows rows;
    private final Ids ids;
    private final Random random;
    private final LocalDate today;

    IndicatorData(Rows rows, Ids ids, Random random, LocalDate today) {
        this.rows = rows;
        this.ids = ids;
        this.random = random;
        this.today = today;
    }

    static void tables(Rows rows) throws SQLException {
        rows.table("indicator", "id", "code", "title", "definition", "unit", "polarity", "frequency", "owner",
                "organisation_id", "organisation_key");
        rows.table("indicator_value", "id", "indicator_id", "period", "period_end", "numerator", "denominator",
                "published_value", "target", "statistical_neighbours", "england", "commentary", "entered_by", "entered_at", "version");
        rows.table("indicator_action_link", "indicator_id", "action_id");
    }

    /** Writes the council's indicators and returns their ids. */
    List<Long> write(Council council, List<Long> actions) throws SQLException {
        List<Long> written = new java.util.ArrayList<>();
        int firstFinancialYear = (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) - YEARS;
        for (int i = 1; i <= INDICATORS; i++) {
            long id = ids.next("indicator");
            written.add(id);
            boolean quarterly = i % 2 == 1;
            rows.add("indicator", id, "CSC-" + String.format("%03d", i),
                    Text.phrase(random, 6) + " (" + council.name() + ")", Text.sentence(random, 20),
                    UNITS[i % UNITS.length], POLARITY[i % POLARITY.length], quarterly ? "quarterly" : "monthly", council.manager(),
                    council.organisation(), council.organisation());
            rows.add("indicator_action_link", id, actions.get(random.nextInt(actions.size())));
            double level = 20 + random.nextInt(60);
            if (quarterly) {
                for (int q = 0; q < YEARS * 4; q++) {
                    int year = firstFinancialYear + q / 4;
                    int quarter = q % 4 + 1;
                    String period = year + "/" + String.format("%02d", (year + 1) % 100) + " Q" + quarter;
                    LocalDate end = LocalDate.of(year, 4, 1).plusMonths(3L * quarter).minusDays(1);
                    level = value(council, id, period, end, level);
                }
            } else {
                LocalDate first = today.withDayOfMonth(1).minusMonths(YEARS * 12L);
                for (int m = 0; m < YEARS * 12; m++) {
                    LocalDate end = first.plusMonths(m + 1).minusDays(1);
                    level = value(council, id, end.toString(), end, level);
                }
            }
        }
        return written;
    }

    private double value(Council council, long indicator, String period, LocalDate end, double level) throws SQLException {
        double next = Math.max(1, level + random.nextGaussian() * 3);
        BigDecimal denominator = BigDecimal.valueOf(200 + random.nextInt(200));
        BigDecimal value = BigDecimal.valueOf(Math.round(next * 10) / 10.0);
        rows.add("indicator_value", ids.next("indicator_value"), indicator, period, end,
                denominator.multiply(value).divide(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP),
                denominator, value, BigDecimal.valueOf(50), BigDecimal.valueOf(Math.round(level)), BigDecimal.valueOf(48),
                random.nextInt(4) == 0 ? Text.sentence(random, 20) : null, council.manager(),
                end.plusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC), 0L);
        return next;
    }
}
