package org.oversight.timescale;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Reads an officer's timescale phrase ("April 18", "Sept 2012 and ongoing", "Quarterly",
 * "Awaiting guidance") in the context of its plan period. Built from general rules: words are split
 * into tokens, dates, cadences and kind words are found in turn, and what is left is kept as a
 * note. It never guesses: anything it cannot read for certain is {@link TimescaleKind#UNKNOWN} with
 * a warning for a person to act on.
 */
@Component
public final class TimescaleReader {

    private final Tokeniser tokeniser = new Tokeniser();
    private final DateScanner dates = new DateScanner();
    private final CadenceScanner cadences = new CadenceScanner();
    private final CueScanner cues = new CueScanner();

    /**
     * @param text      the phrase as written; null or blank is read as a missing timescale
     * @param planStart the plan's first day, or null if unknown
     * @param planEnd   the plan's last day, or null if unknown
     */
    public Timescale read(String text, LocalDate planStart, LocalDate planEnd) {
        if (text == null || text.isBlank()) {
            return new Timescale(text, TimescaleKind.UNKNOWN, null, null, null, false, null, List.of(
                    new TimescaleWarning(TimescaleWarningCode.MISSING_TIMESCALE, "No timescale given: please add one")));
        }
        PlanPeriod plan = new PlanPeriod(planStart, planEnd);
        Tokens tokens = tokeniser.split(text);
        List<DateExpression> found = dates.scan(tokens, plan);
        Optional<Cadence> cadence = cadences.scan(tokens);
        Findings findings = new Findings(found, cadence, cues.scan(tokens));
        findings.setAside().forEach(date -> tokens.release(date.start(), date.end()));
        return new Verdict(text, plan, findings, Remark.of(tokens)).timescale();
    }
}
