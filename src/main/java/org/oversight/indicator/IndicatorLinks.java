package org.oversight.indicator;

import java.math.BigDecimal;
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
        // every linked indicator's figures in one query of narrow rows, not one query an indicator
        // and not the values as entities
        Map<Long, List<Figure>> series = new HashMap<>();
        values.figuresOf(linked.stream().map(Indicator::getId).toList()).forEach(row -> series
                .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                .add(new Figure((ReportingPeriod) row[1], (BigDecimal) row[2], (BigDecimal) row[3])));
        return linked.stream().sorted(Comparator.comparing(Indicator::getCode))
                .map(i -> summary(i, series.getOrDefault(i.getId(), List.of()))).toList();
    }

    /** One value of an indicator as its summary needs it. */
    private record Figure(ReportingPeriod period, BigDecimal value, BigDecimal target) {
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

    /** The latest figure, its standing against its target and its change since the previous period (as {@link Standing}). */
    private static LinkedIndicator summary(Indicator indicator, List<Figure> series) {
        if (series.isEmpty()) {
            return new LinkedIndicator(indicator.getId(), indicator.getCode(), indicator.getTitle(), "No values yet",
                    Status.NO_TARGET, Trend.none());
        }
        Figure latest = series.get(series.size() - 1);
        ReportingPeriod previous = latest.period().previous();
        Trend sincePrevious = series.stream().filter(f -> f.period().equals(previous)).findFirst()
                .map(f -> Standing.trend(indicator, f.period(), f.value(), latest.value())).orElse(Trend.none());
        return new LinkedIndicator(indicator.getId(), indicator.getCode(), indicator.getTitle(),
                FigureText.of(indicator.getUnit(), latest.value()) + " in " + latest.period(),
                Standing.status(indicator, latest.value(), latest.target()), sincePrevious);
    }
}
