package org.oversight.sharing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.oversight.indicator.FigureText;
import org.oversight.indicator.Indicator;
import org.oversight.indicator.IndicatorRepository;
import org.oversight.indicator.IndicatorValue;
import org.oversight.indicator.IndicatorValueRepository;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanRepository;
import org.oversight.reporting.ComparisonRow;
import org.oversight.reporting.IndicatorComparisonSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators linked to a plan's actions compared with other councils, for a board report
 * pack that asks for them: each one's latest period up to the pack's date, in the same words as
 * the indicator's compared page, with the plan's council's rank, quartile and place among its
 * statistical neighbours.
 */
@Component
class PackComparisons implements IndicatorComparisonSource {
    private final PlanRepository plans;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final IndicatorComparison comparison;
    private final MessageSource messages;

    PackComparisons(PlanRepository plans, IndicatorRepository indicators, IndicatorValueRepository values,
                    IndicatorComparison comparison, MessageSource messages) {
        this.plans = plans;
        this.indicators = indicators;
        this.values = values;
        this.comparison = comparison;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComparisonRow> comparisonsFor(long planId, LocalDate asAt) {
        ActionPlan plan = plans.findById(planId).orElse(null);
        if (plan == null || plan.actions().isEmpty()) {
            return List.of();
        }
        List<Long> actionIds = plan.actions().stream().map(Action::getId).toList();
        List<ComparisonRow> rows = new ArrayList<>();
        for (Indicator indicator : indicators.findLinkedTo(actionIds).stream().distinct()
                .sorted(Comparator.comparing(Indicator::getCode)).toList()) {
            List<IndicatorValue> upToDate = values.findByIndicatorOrderByPeriodEnd(indicator).stream()
                    .filter(v -> !v.getPeriod().end().isAfter(asAt)).toList();
            if (!upToDate.isEmpty()) {
                rows.add(rowOf(comparison.compare(indicator, upToDate.get(upToDate.size() - 1).getPeriod(),
                        plan.getOwnerId())));
            }
        }
        return rows;
    }

    private ComparisonRow rowOf(Comparison c) {
        List<ComparisonRow.Line> lines = new ArrayList<>();
        lines.add(line(c.council() != null ? c.council() : say("comparison.thisCouncil"), c, c.own()));
        c.neighbours().forEach(n -> lines.add(line(say("comparison.neighbour", n.name()), c, n.figure())));
        lines.add(line(say("comparison.neighbourAverage"), c, c.neighbourAverage()));
        if (c.regionName() != null) {
            lines.add(line(c.regionName(), c, c.region()));
        }
        lines.add(line(say("comparison.england"), c, c.england()));
        c.groupCouncils().forEach(g -> lines.add(line(say("comparison.groupCouncil", g.name()), c, g.figure())));
        String position = c.ranks()
                ? say("comparison.position", c.rank(), c.ranked(), c.quartile()) + " "
                        + say("comparison.neighbourPlace", c.neighbourPlace(), c.neighbourCount())
                : say("comparison.noRank");
        Indicator indicator = c.indicator();
        return new ComparisonRow(indicator.getCode(), indicator.getTitle(), c.period(), lines, position);
    }

    private ComparisonRow.Line line(String who, Comparison c, BigDecimal figure) {
        return new ComparisonRow.Line(who, figure == null ? say("comparison.none")
                : FigureText.of(c.indicator().getUnit(), figure));
    }

    private String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }
}
