package org.oversight.indicator;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering figures by hand: a quarter's figures for several indicators at once, a correction
 * of one value with a reason, and accepting a warning with a reason. The checks run on the
 * figures as they then stand and their warnings are returned for the page to show.
 */
@Service
public class IndicatorEntry {
    static final String RE_ENTERED = "Entered again on the quarterly form";
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final IndicatorChecks checks;
    private final Clock clock;

    IndicatorEntry(IndicatorRepository indicators, IndicatorValueRepository values, IndicatorChecks checks,
                   ObjectProvider<Clock> clock) {
        this.indicators = indicators;
        this.values = values;
        this.checks = checks;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** One indicator's figures for the period being entered. */
    public record Entered(long indicatorId, Figures figures) {
    }

    @Transactional
    public List<IndicatorWarning> enter(ReportingPeriod period, List<Entered> entries, String by) {
        for (Entered entry : entries) {
            Indicator indicator = indicators.findById(entry.indicatorId()).orElseThrow(() -> new IndicatorNotFound(entry.indicatorId()));
            values.findByIndicatorAndPeriod(indicator, period).ifPresentOrElse(
                    v -> v.correct(entry.figures(), by, clock.instant(), RE_ENTERED),
                    () -> values.save(new IndicatorValue(indicator, period, entry.figures(), by, clock.instant())));
        }
        values.flush();
        List<Indicator> entered = entries.stream().map(e -> indicators.findById(e.indicatorId()).orElseThrow()).toList();
        Set<Long> owners = new HashSet<>();
        entered.forEach(i -> owners.add(i.getOrganisationId() == null ? 0L : i.getOrganisationId()));
        Map<Long, List<IndicatorWarning>> warnings = checks.ownedBy(owners);
        return entered.stream().flatMap(i -> warnings.getOrDefault(i.getId(), List.of()).stream())
                .filter(w -> w.period().equals(period.toString())).toList();
    }

    @Transactional
    public IndicatorValue correct(long valueId, Figures corrected, String by, String reason) {
        IndicatorValue value = value(valueId);
        value.correct(corrected, by, clock.instant(), reason);
        return value;
    }

    @Transactional
    public IndicatorValue accept(long valueId, String code, String reason, String by) {
        IndicatorValue value = value(valueId);
        value.acceptWarning(code, reason, by, clock.instant());
        return value;
    }

    @Transactional(readOnly = true)
    public IndicatorValue value(long valueId) {
        return values.findById(valueId).orElseThrow(() -> new IndicatorNotFound(valueId));
    }
}
