package org.oversight.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.plan.Action;
import org.oversight.plan.PlanRepository;
import org.oversight.reporting.IndicatorRow;
import org.oversight.reporting.LinkedIndicatorSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators linked to a plan's actions, as a report pack shows them: each one's latest
 * value up to the pack's date with its target, comparators, which way is good, commentary,
 * and a small trend chart with its figures in words.
 */
@Component
class ReportIndicators implements LinkedIndicatorSource {
    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;

    ReportIndicators(PlanRepository plans, IndicatorRepository indicators, IndicatorValueRepository values) {
        this.plans = plans;
        this.indicators = indicators;
        this.values = values;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorRow> indicatorsFor(long planId, LocalDate asAt) {
        List<Long> actionIds = plans.findById(planId).map(p -> p.actions().stream().map(Action::getId).toList())
                .orElse(List.of());
        if (actionIds.isEmpty()) {
            return List.of();
        }
        List<Indicator> linked = indicators.findLinkedTo(actionIds).stream().distinct()
                .sorted(Comparator.comparing(Indicator::getCode)).toList();
        if (linked.isEmpty()) {
            return List.of();
        }
        // every linked indicator's values in one query, not one query per indicator
        Map<Indicator, List<IndicatorValue>> series = new HashMap<>();
        for (IndicatorValue v : values.findByIndicatorsUpTo(linked, asAt)) {
            series.computeIfAbsent(v.getIndicator(), k -> new ArrayList<>()).add(v);
        }
        return linked.stream().map(i -> row(i, series.getOrDefault(i, List.of()))).toList();
    }

    static IndicatorRow row(Indicator indicator, List<IndicatorValue> series) {
        String direction = indicator.getPolarity().label();
        if (series.isEmpty()) {
            return new IndicatorRow(indicator.getCode(), indicator.getTitle(), "no values yet", "No value", null,
                    "None given", direction, "", null, null, false);
        }
        IndicatorValue latest = series.get(series.size() - 1);
        Unit unit = indicator.getUnit();
        Standing standing = Standing.of(latest, series);
        String svg = Sparkline.of(series);
        return new IndicatorRow(indicator.getCode(), indicator.getTitle(), latest.getPeriod().toString(),
                FigureText.of(unit, latest.getValue()),
                latest.getTarget() == null ? null : FigureText.of(unit, latest.getTarget()), comparators(unit, latest),
                direction, latest.getCommentary() == null ? "" : latest.getCommentary(), svg,
                svg == null ? null : Sparkline.words(indicator, series, standing), false);
    }

    static String comparators(Unit unit, IndicatorValue v) {
        List<String> parts = new ArrayList<>();
        if (v.getEngland() != null) {
            parts.add("England " + FigureText.of(unit, v.getEngland()));
        }
        if (v.getStatisticalNeighbours() != null) {
            parts.add("statistical neighbours " + FigureText.of(unit, v.getStatisticalNeighbours()));
        }
        v.getOthers().forEach(o -> parts.add(o.name() + " " + FigureText.of(unit, o.figure())));
        return parts.isEmpty() ? "None given" : String.join("; ", parts);
    }
}
