package org.oversight.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        if (linked.isEmpty()) {
            return List.of();
        }
        // every linked indicator's series in one query, not one query an indicator
        Map<Long, List<IndicatorValue>> series = new HashMap<>();
        values.findSeriesOf(linked).forEach(v -> series.computeIfAbsent(v.getIndicator().getId(), k -> new ArrayList<>()).add(v));
        return linked.stream().sorted(Comparator.comparing(Indicator::getCode))
                .map(i -> summary(i, series.getOrDefault(i.getId(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public List<LinkedIndicator> forAction(long actionId) {
        return forActions(List.of(actionId));
    }

    /** Each link between an indicator and one of the given actions, by indicator code then action reference. */
    @Transactional(readOnly = true)
    public List<PlanLink> linksIn(Collection<org.oversight.plan.Action> actions) {
        Map<Long, org.oversight.plan.Action> byId = new HashMap<>();
        actions.forEach(a -> byId.put(a.getId(), a));
        if (byId.isEmpty()) {
            return List.of();
        }
        List<PlanLink> found = new ArrayList<>();
        for (Indicator indicator : indicators.findLinkedTo(byId.keySet())) {
            indicator.getLinkedActions().stream().filter(byId::containsKey).forEach(actionId -> found.add(
                    new PlanLink(indicator.getId(), indicator.getCode(), indicator.getTitle(), actionId,
                            byId.get(actionId).getReference(), byId.get(actionId).getDescription())));
        }
        found.sort(Comparator.comparing(PlanLink::indicatorCode).thenComparing(PlanLink::actionReference));
        return found;
    }

    /** One link between an indicator and a plan action. */
    public record PlanLink(long indicatorId, String indicatorCode, String indicatorTitle, long actionId,
                           String actionReference, String actionDescription) {
    }

    @Transactional
    public void link(long indicatorId, long actionId) {
        indicators.findById(indicatorId).orElseThrow(() -> new IndicatorNotFound(indicatorId)).linkAction(actionId);
    }

    @Transactional
    public void unlink(long indicatorId, long actionId) {
        indicators.findById(indicatorId).orElseThrow(() -> new IndicatorNotFound(indicatorId)).unlinkAction(actionId);
    }

    private static LinkedIndicator summary(Indicator indicator, List<IndicatorValue> series) {
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
