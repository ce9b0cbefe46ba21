package org.oversight.indicator;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs the integrity checks over the stored values. */
@Service
public class IndicatorChecks {
    private final IndicatorValueRepository values;

    IndicatorChecks(IndicatorValueRepository values) {
        this.values = values;
    }

    /** Every warning the stored values raise, except those already accepted. */
    @Transactional(readOnly = true)
    public List<IndicatorWarning> all() {
        return IntegrityChecks.check(values.findAllForChecks().stream().map(CheckedFigure::of).toList());
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
