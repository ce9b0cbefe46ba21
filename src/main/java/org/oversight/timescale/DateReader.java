package org.oversight.timescale;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Reads a single date from words such as "1.10.09", "3rd May 2012", "30 September 2012",
 * "2012-09-30" or "as at June 2012", day first as in the UK. A month without a day gives its last
 * day. Empty when there is no date, more than one, or the date cannot be read for certain.
 */
@Component
public final class DateReader {

    private final Tokeniser tokeniser = new Tokeniser();
    private final DateScanner dates = new DateScanner();

    /**
     * @param planStart the plan's first day, or null; used to read two-digit years and dates with no year
     * @param planEnd   the plan's last day, or null
     */
    public Optional<LocalDate> read(String text, LocalDate planStart, LocalDate planEnd) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<DateExpression> found = dates.scan(tokeniser.split(text), new PlanPeriod(planStart, planEnd));
        if (found.size() != 1 || found.get(0).unclear()) {
            return Optional.empty();
        }
        return Optional.of(found.get(0).due());
    }

    /** Reads a date with no plan period for context. */
    public Optional<LocalDate> read(String text) {
        return read(text, null, null);
    }
}
