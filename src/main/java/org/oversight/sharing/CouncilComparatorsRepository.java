package org.oversight.sharing;

import java.util.Collection;
import java.util.List;
import org.oversight.indicator.ReportingPeriod;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CouncilComparatorsRepository extends JpaRepository<CouncilComparators, Long> {
    /**
     * Each of the councils' figure for the indicator code and period, with the council's id, name
     * and LA code (null when it has none): one narrow query for every council of England at once.
     */
    @Query("select o.id, o.name, c.laCode, v.value from IndicatorValue v join v.indicator i"
            + " join Organisation o on o.id = i.organisationKey left join CouncilComparators c on c.organisationId = o.id"
            + " where i.code = :code and v.period = :period and i.organisationKey in :councils")
    List<Object[]> figuresOf(@Param("code") String code, @Param("period") ReportingPeriod period,
                             @Param("councils") Collection<Long> councils);
}
