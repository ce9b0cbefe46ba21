package org.oversight.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Values of indicators, oldest period first. */
public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {
    List<IndicatorValue> findByIndicatorOrderByPeriodEnd(Indicator indicator);

    Optional<IndicatorValue> findByIndicatorAndPeriod(Indicator indicator, ReportingPeriod period);

    @Query("select v from IndicatorValue v join fetch v.indicator where v.indicator.code in ?1 order by v.periodEnd")
    List<IndicatorValue> findByIndicatorCodes(Collection<String> codes);

    @Query("select v from IndicatorValue v join fetch v.indicator order by v.indicator.code, v.periodEnd")
    List<IndicatorValue> findAllInOrder();

    /** Every value with what the checks read of it (accepted warnings) fetched in the same query. */
    @Query("select distinct v from IndicatorValue v join fetch v.indicator left join fetch v.acceptedWarnings"
            + " order by v.indicator.code, v.periodEnd")
    List<IndicatorValue> findAllForChecks();

    /** As {@link #findAllForChecks()}, for one indicator and the parts of its breakdown only. */
    @Query("select distinct v from IndicatorValue v join fetch v.indicator i left join fetch v.acceptedWarnings"
            + " where i = ?1 or i.partOf = ?1 order by i.code, v.periodEnd")
    List<IndicatorValue> findForChecks(Indicator indicator);
}
