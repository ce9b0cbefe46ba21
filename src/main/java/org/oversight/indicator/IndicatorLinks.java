package org.oversight.indicator;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which indicators measure the outcomes of which plan actions. Other features ask here; the
 * plan feature knows nothing of indicators.
 */
@Service
public class IndicatorLinks {
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;

    IndicatorLinks(IndicatorRepository indicators, IndicatorValueRepository values) {
        this.indicators = indicators;
        this.values = values;
    }

    /** The indicators linked to any of the actions, each once, by code. */
    @Transactional(readOnly = true)
    public List<LinkedIndicator> forActions(Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        Set<Indicator> linked = new LinkedHashSet<>(indicators.findLinkedTo(actionIds));
        return linked.stream().sorted(Comparator.comparing(Indicator::getCode)).map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public List<LinkedIndicator> forAction(long actionId) {
        return forActions(List.of(actionId));
    }

    @Transactional
    public void link(long indicatorId, long actionId) {
        indicators.findById(indicatorId).orElseThrow(() -> new IndicatorNotFound(indicatorId)).linkAction(actionId);
    }

    @Transactional
    public void unlink(long indicatorId, long actionId) {
        indicators.findById(indicatorId).orElseThrow(() -> new IndicatorNotFound(indicatorId)).unlinkAction(actionId);
    }

    private LinkedIndicator summary(Indicator indicator) {
        List<IndicatorValue> series = values.findByIndicatorOrderByPeriodEnd(indicator);
        if (series.isEmpty()) {
            return new LinkedIndicator(indicator.getId(), indicator.getCode(), indicator.getTitle(), "No values yet",
                    Status.NO_TARGET, Trend.none());
        }
        IndicatorValue latest = series.get(series.size() - 1);
        Standing standing = Standing.of(latest, series);
        return new LinkedIndicator(indicator.getId(), indicator.getCode(), indicator.getTitle(),
                FigureText.of(indicator.getUnit(), latest.getValue()) + " in " + latest.getPeriod(),
                standing.status(), standing.sincePrevious());
    }
}
