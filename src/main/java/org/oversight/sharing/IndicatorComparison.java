package org.oversight.sharing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.oversight.indicator.Indicator;
import org.oversight.indicator.IndicatorValue;
import org.oversight.indicator.IndicatorValueRepository;
import org.oversight.indicator.Polarity;
import org.oversight.indicator.ReportingPeriod;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares a council's indicator value with its comparators, from the published figures imported
 * ({@link ComparatorImport}), the council's own LA code and statistical neighbours
 * ({@link CouncilComparators}), and what the other councils of its groups share of the same code.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorComparison {
    private final ComparatorFigureRepository figures;
    private final CouncilComparatorsRepository councils;
    private final IndicatorValueRepository values;
    private final SharingGroupRepository groups;
    private final Sharing sharing;
    private final OrganisationRepository organisations;
    private final ReceivedStandings received;

    IndicatorComparison(ComparatorFigureRepository figures, CouncilComparatorsRepository councils,
                        IndicatorValueRepository values, SharingGroupRepository groups,
                        Sharing sharing, OrganisationRepository organisations, ReceivedStandings received) {
        this.received = received;
        this.figures = figures;
        this.councils = councils;
        this.values = values;
        this.groups = groups;
        this.sharing = sharing;
        this.organisations = organisations;
    }

    /**
     * The indicator's value for the period beside its comparators. The council is the indicator's
     * owner or, for an indicator of no organisation (one council's install), the reader's council.
     */
    public Comparison compare(Indicator indicator, ReportingPeriod period, Long readerOrganisation) {
        Long organisation = indicator.getOrganisationId() != null ? indicator.getOrganisationId()
                : readerOrganisation != null && readerOrganisation > 0 ? readerOrganisation : null;
        Optional<IndicatorValue> value = values.findByIndicatorAndPeriod(indicator, period);
        BigDecimal own = value.map(IndicatorValue::getValue).orElse(null);
        Optional<CouncilComparators> mine = organisation == null ? Optional.empty() : councils.findById(organisation);
        Map<String, ComparatorFigure> published = new HashMap<>();
        figures.findByIndicatorCodeAndPeriod(indicator.getCode(), period.toString()).forEach(f -> published.put(f.getLaCode(), f));
        List<Comparison.Line> neighbours = mine.map(CouncilComparators::getNeighbours).orElse(List.of()).stream()
                .map(code -> Optional.ofNullable(published.get(code)).map(f -> new Comparison.Line(f.getLaName(), code, f.getFigure()))
                        .orElse(new Comparison.Line(code, code, null))).toList();
        List<SharingGroup> memberOf = organisation == null ? List.of() : groups.findWithMember(organisation);
        String regionName = memberOf.stream().filter(g -> g.getKind() == GroupKind.REGION).map(SharingGroup::getName)
                .findFirst().orElse(null);
        BigDecimal england = published.values().stream().filter(ComparatorFigure::isEngland).map(ComparatorFigure::getFigure)
                .findFirst().orElse(value.map(IndicatorValue::getEngland).orElse(null));
        BigDecimal region = regionName == null ? null : published.values().stream()
                .filter(f -> f.getLaName().equalsIgnoreCase(regionName)).map(ComparatorFigure::getFigure).findFirst().orElse(null);
        List<Comparison.Line> group = groupCouncils(indicator, period, organisation, memberOf);

        Map<String, BigDecimal> ranked = new HashMap<>();
        published.values().stream().filter(f -> !f.isArea()).forEach(f -> ranked.put(f.getLaCode(), f.getFigure()));
        group.forEach(l -> ranked.putIfAbsent(l.code(), l.figure()));
        String ownKey = mine.map(CouncilComparators::getLaCode).orElse("own");
        if (own != null) {
            ranked.put(ownKey, own);
        }
        Polarity polarity = indicator.getPolarity();
        Integer rank = own == null || polarity == Polarity.NONE ? null : placeOf(own, ranked.values(), polarity);
        Integer quartile = rank == null ? null : (int) Math.ceil(4.0 * rank / ranked.size());
        List<BigDecimal> neighbourFigures = new ArrayList<>(neighbours.stream().map(Comparison.Line::figure)
                .filter(Objects::nonNull).toList());
        Integer neighbourPlace = rank == null ? null : placeOf(own, neighbourFigures, polarity);
        String council = organisation == null ? null : organisations.findById(organisation).map(Organisation::getName).orElse(null);
        return new Comparison(indicator, period.toString(), council, own, neighbours, average(neighbourFigures), region,
                regionName, england, group, rank, ranked.size(), quartile, neighbourPlace, neighbourFigures.size() + 1);
    }

    /** 1 plus how many of the others are strictly better: ties share a place. */
    private static int placeOf(BigDecimal own, java.util.Collection<BigDecimal> others, Polarity polarity) {
        int sign = polarity == Polarity.HIGHER ? 1 : -1;
        return 1 + (int) others.stream().filter(f -> sign * f.compareTo(own) > 0).count();
    }

    private static BigDecimal average(List<BigDecimal> figures) {
        return figures.isEmpty() ? null : figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(figures.size()), 1, RoundingMode.HALF_UP);
    }

    /**
     * The other member councils of the groups that share this code, with their figure for the
     * period, and the councils of other instances that published the code's figure to these groups.
     */
    private List<Comparison.Line> groupCouncils(Indicator indicator, ReportingPeriod period, Long organisation,
                                                List<SharingGroup> memberOf) {
        List<Comparison.Line> lines = new ArrayList<>(localCouncils(indicator, period, organisation, memberOf));
        lines.addAll(received.figures(memberOf.stream().map(SharingGroup::getId).toList(), indicator.getCode(),
                period.toString()));
        lines.sort(java.util.Comparator.comparing(Comparison.Line::name));
        return lines;
    }

    /** This instance's councils' figures, names and LA codes, read in one narrow query for every council at once. */
    private List<Comparison.Line> localCouncils(Indicator indicator, ReportingPeriod period, Long organisation,
                                                List<SharingGroup> memberOf) {
        Set<Long> sharers = new HashSet<>(sharing.councilsSharing(memberOf.stream().map(SharingGroup::getId).toList(),
                indicator.getCode()));
        sharers.remove(organisation);
        if (sharers.isEmpty()) {
            return List.of();
        }
        return councils.figuresOf(indicator.getCode(), period, sharers).stream()
                .map(r -> {
                    long council = (Long) r[0];
                    return new Comparison.Line(r[1] == null ? "Council " + council : (String) r[1],
                            r[2] == null ? "council-" + council : (String) r[2], (BigDecimal) r[3]);
                }).toList();
    }
}
