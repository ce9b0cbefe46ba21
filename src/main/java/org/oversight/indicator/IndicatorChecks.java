package org.oversight.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the integrity checks over stored values: those someone reaches, not every value the
 * instance holds. Codes are unique within one organisation only, so each organisation's
 * indicators (and those of none) are checked as a set of their own.
 */
@Service
public class IndicatorChecks {
    private final IndicatorValueRepository values;

    IndicatorChecks(IndicatorValueRepository values) {
        this.values = values;
    }

    /** The warnings the values of the indicators someone of the organisation (null: of none) reaches raise. */
    @Transactional(readOnly = true)
    public Map<Long, List<IndicatorWarning>> reachedBy(Long organisationId) {
        return byIndicator(values.forChecksReachedBy(organisationId));
    }

    /** The warnings the values of the given organisations' indicators raise (keys: the organisation's id, 0 for none). */
    @Transactional(readOnly = true)
    public Map<Long, List<IndicatorWarning>> ownedBy(Collection<Long> organisationKeys) {
        return byIndicator(values.findForChecksOwnedBy(organisationKeys));
    }

    /**
     * The warnings the values raise, except those already accepted, by the id of the indicator
     * each is about.
     */
    static Map<Long, List<IndicatorWarning>> byIndicator(List<IndicatorValue> stored) {
        Map<Long, List<IndicatorValue>> byOrganisation = stored.stream().collect(Collectors.groupingBy(
                v -> v.getIndicator().getOrganisationId() == null ? 0L : v.getIndicator().getOrganisationId()));
        Map<Long, List<IndicatorWarning>> warnings = new HashMap<>();
        for (List<IndicatorValue> ofOne : byOrganisation.values()) {
            Map<String, Long> idByCode = new HashMap<>();
            ofOne.forEach(v -> idByCode.put(v.getIndicator().getCode(), v.getIndicator().getId()));
            for (IndicatorWarning w : IntegrityChecks.check(ofOne.stream().map(CheckedFigure::of).toList())) {
                warnings.computeIfAbsent(idByCode.get(w.indicator()), id -> new ArrayList<>()).add(w);
            }
        }
        return warnings;
    }

    /**
     * The warnings about one indicator: checks only its own values and its parts' (a breakdown
     * warning is raised on the total), not every value the service holds.
     */
    @Transactional(readOnly = true)
    public List<IndicatorWarning> about(Indicator indicator) {
        return IntegrityChecks.check(values.findForChecks(indicator).stream().map(CheckedFigure::of).toList()).stream()
                .filter(w -> w.indicator().equals(indicator.getCode())).toList();
    }
}
