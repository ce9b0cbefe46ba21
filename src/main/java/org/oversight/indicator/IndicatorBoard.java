package org.oversight.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oversight.account.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the indicator pages show: the list with standings, an indicator's series, and a breakdown. */
@Service
public class IndicatorBoard {
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final IndicatorChecks checks;

    IndicatorBoard(IndicatorRepository indicators, IndicatorValueRepository values, IndicatorChecks checks) {
        this.indicators = indicators;
        this.values = values;
        this.checks = checks;
    }

    /**
     * The indicators within reach of someone of the organisation (null: of none), each with its
     * latest value, standing and warnings: the values are read once, for these indicators only.
     */
    @Transactional(readOnly = true)
    public List<IndicatorSummary> summaries(Long organisationId) {
        List<IndicatorValue> stored = values.forChecksReachedBy(organisationId);
        Map<Long, List<IndicatorValue>> byIndicator = stored.stream()
                .collect(Collectors.groupingBy(v -> v.getIndicator().getId()));
        Map<Long, List<IndicatorWarning>> warnings = IndicatorChecks.byIndicator(stored);
        List<IndicatorSummary> summaries = new ArrayList<>();
        for (Indicator indicator : indicators.reachedBy(organisationId)) {
            List<IndicatorValue> series = byIndicator.getOrDefault(indicator.getId(), List.of());
            IndicatorValue latest = series.isEmpty() ? null : series.get(series.size() - 1);
            summaries.add(new IndicatorSummary(indicator, latest, latest == null ? null : Standing.of(latest, series),
                    warnings.getOrDefault(indicator.getId(), List.of()).size()));
        }
        return summaries;
    }

    /**
     * {@link #summaries(Long)}, and after them those of the indicators the owner names own in other
     * organisations (a partner's officer who reports some of the council's figures).
     */
    @Transactional(readOnly = true)
    public List<IndicatorSummary> summaries(Long organisationId, java.util.Collection<String> owners) {
        List<IndicatorSummary> summaries = new ArrayList<>(summaries(organisationId));
        java.util.Set<Long> listed = summaries.stream().map(s -> s.indicator().getId()).collect(Collectors.toSet());
        for (Indicator indicator : ownedBy(owners)) {
            if (listed.add(indicator.getId())) {
                List<IndicatorValue> series = values.findByIndicatorOrderByPeriodEnd(indicator);
                IndicatorValue latest = series.isEmpty() ? null : series.get(series.size() - 1);
                summaries.add(new IndicatorSummary(indicator, latest, latest == null ? null : Standing.of(latest, series),
                        IndicatorChecks.byIndicator(series).getOrDefault(indicator.getId(), List.of()).size()));
            }
        }
        return summaries;
    }

    @Transactional(readOnly = true)
    public Indicator indicator(long id) {
        return indicators.findById(id).orElseThrow(() -> new IndicatorNotFound(id));
    }

    /** The indicator, if it is within the person's reach: one of another organisation is not found, as a missing one. */
    @Transactional(readOnly = true)
    public Indicator indicator(long id, CurrentUser person) {
        Indicator indicator = indicator(id);
        if (!person.reaches(indicator.getOrganisationId())) {
            throw new IndicatorNotFound(id);
        }
        return indicator;
    }

    /**
     * The indicator, if the person's organisation may change it: not found when it is out of
     * their reach, refused when it is one they may only read (one of none, to someone of an
     * organisation).
     */
    @Transactional(readOnly = true)
    public Indicator managed(long id, CurrentUser person) {
        Indicator indicator = indicator(id, person);
        if (!person.manages(indicator.getOrganisationId())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the whole instance's staff change an indicator that belongs to no organisation");
        }
        return indicator;
    }

    /** The series, newest first, each with its standing. */
    @Transactional(readOnly = true)
    public List<ValueLine> lines(Indicator indicator) {
        List<IndicatorValue> series = values.findByIndicatorOrderByPeriodEnd(indicator);
        return series.stream().sorted(Comparator.comparing(IndicatorValue::getPeriod).reversed())
                .map(v -> new ValueLine(v, Standing.of(v, series))).toList();
    }

    @Transactional(readOnly = true)
    public String trendSvg(Indicator indicator) {
        return IndicatorCharts.trendSvg(indicator, values.findByIndicatorOrderByPeriodEnd(indicator));
    }

    @Transactional(readOnly = true)
    public List<Indicator> parts(Indicator total) {
        return indicators.findByPartOfOrderByCode(total);
    }

    /** The parts' figures for the total's latest period that has them all. */
    @Transactional(readOnly = true)
    public java.util.Optional<Breakdown> breakdown(Indicator total) {
        List<Indicator> parts = parts(total);
        List<IndicatorValue> series = values.findByIndicatorOrderByPeriodEnd(total);
        for (int i = series.size() - 1; i >= 0; i--) {
            ReportingPeriod period = series.get(i).getPeriod();
            List<BreakdownPart> bars = parts.stream().map(p -> values.findByIndicatorAndPeriod(p, period)
                    .map(v -> new BreakdownPart(p.getTitle(), v.getValue())).orElse(null)).toList();
            if (!bars.isEmpty() && bars.stream().allMatch(java.util.Objects::nonNull)) {
                return java.util.Optional.of(new Breakdown(period, bars));
            }
        }
        return java.util.Optional.empty();
    }

    /** The indicators owned by any of the names (a username, or a lead's name), whatever organisation they belong to. */
    @Transactional(readOnly = true)
    public List<Indicator> ownedBy(java.util.Collection<String> owners) {
        return owners.isEmpty() ? List.of() : indicators.findByOwnerInOrderByCode(owners);
    }

    /** The indicators within reach of someone of the organisation (null: of none, who reaches every one), by code. */
    @Transactional(readOnly = true)
    public List<Indicator> reachedBy(Long organisationId) {
        return indicators.reachedBy(organisationId);
    }

    /** The indicators the given one may be part of: its own organisation's, but itself. */
    @Transactional(readOnly = true)
    /** The indicators a new indicator of the organisation (null: of none) may be part of. */
    public List<Indicator> totalsOf(Long organisation) {
        return indicators.findOfOrganisation(organisation);
    }

    public List<Indicator> totalsFor(Indicator part) {
        return indicators.findOfOrganisation(part.getOrganisationId()).stream()
                .filter(i -> !i.getId().equals(part.getId())).toList();
    }
}
