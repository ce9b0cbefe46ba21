package org.oversight.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Values of indicators, oldest period first. */
public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {
    List<IndicatorValue> findByIndicatorOrderByPeriodEnd(Indicator indicator);

    /**
     * Each of the indicators' values as a row of indicator id, period, figure and target, oldest
     * first, read in one query without loading a value: what a linked indicator's summary needs.
     */
    @Query("select v.indicator.id, v.period, v.value, v.target from IndicatorValue v where v.indicator.id in ?1 order by v.periodEnd")
    List<Object[]> figuresOf(Collection<Long> indicatorIds);

    /** The periods the indicator has values for, with their ends, latest last, read without loading a value. */
    @Query("select v.period, v.periodEnd from IndicatorValue v where v.indicator = ?1 order by v.periodEnd")
    List<Object[]> periodRowsOf(Indicator indicator);

    /** The periods the indicator has values for, latest last. */
    default List<ReportingPeriod> periodsOf(Indicator indicator) {
        return periodRowsOf(indicator).stream().map(r -> (ReportingPeriod) r[0]).toList();
    }

    /**
     * The values of the given indicators up to a date, oldest period first, with their other
     * comparators, in one query however many indicators (Hibernate gives each value once, however
     * many comparators were joined).
     */
    @Query("select v from IndicatorValue v left join fetch v.others where v.indicator in ?1 and v.periodEnd <= ?2"
            + " order by v.periodEnd, v.id")
    List<IndicatorValue> findByIndicatorsUpTo(Collection<Indicator> indicators, java.time.LocalDate upTo);

    Optional<IndicatorValue> findByIndicatorAndPeriod(Indicator indicator, ReportingPeriod period);

    @Query("select v from IndicatorValue v join fetch v.indicator where v.indicator.code in ?1 order by v.periodEnd")
    List<IndicatorValue> findByIndicatorCodes(Collection<String> codes);

    @Query("select v from IndicatorValue v join fetch v.indicator order by v.indicator.code, v.periodEnd")
    List<IndicatorValue> findAllInOrder();

    @Query("select v from IndicatorValue v join fetch v.indicator i where i.organisationKey in ?1 order by i.code, v.periodEnd")
    List<IndicatorValue> findInOrderOwnedBy(Collection<Long> organisationKeys);

    @Query("select v from IndicatorValue v join fetch v.indicator i where i.code in ?1 and i.organisationKey in ?2"
            + " order by i.code, v.periodEnd")
    List<IndicatorValue> findByIndicatorCodesOwnedBy(Collection<String> codes, Collection<Long> organisationKeys);

    /**
     * The values of the named indicators (every one when none are named) within reach of someone
     * of the organisation (null: of none, who reaches every indicator).
     */
    default List<IndicatorValue> exportedFor(Collection<String> codes, Long organisationId) {
        boolean all = codes == null || codes.isEmpty();
        if (organisationId == null) {
            return all ? findAllInOrder() : findByIndicatorCodes(codes);
        }
        List<Long> keys = List.of(organisationId, 0L);
        return all ? findInOrderOwnedBy(keys) : findByIndicatorCodesOwnedBy(codes, keys);
    }

    /** Every value with what the checks read of it (accepted warnings) fetched in the same query. */
    @Query("select distinct v from IndicatorValue v join fetch v.indicator left join fetch v.acceptedWarnings"
            + " order by v.indicator.code, v.periodEnd")
    List<IndicatorValue> findAllForChecks();

    /**
     * As {@link #findAllForChecks()}, for the indicators of the given organisations only, by
     * organisation key (the organisation's id, 0 for none).
     */
    @Query("select distinct v from IndicatorValue v join fetch v.indicator i left join fetch v.acceptedWarnings"
            + " where i.organisationKey in ?1 order by i.code, v.periodEnd")
    List<IndicatorValue> findForChecksOwnedBy(Collection<Long> organisationKeys);

    /** As {@link #findAllForChecks()}, for the indicators someone of the organisation (null: of none) reaches. */
    default List<IndicatorValue> forChecksReachedBy(Long organisationId) {
        return organisationId == null ? findAllForChecks() : findForChecksOwnedBy(List.of(organisationId, 0L));
    }

    /** As {@link #findAllForChecks()}, for one indicator and the parts of its breakdown only. */
    @Query("select distinct v from IndicatorValue v join fetch v.indicator i left join fetch v.acceptedWarnings"
            + " where i = ?1 or i.partOf = ?1 order by i.code, v.periodEnd")
    List<IndicatorValue> findForChecks(Indicator indicator);
}
