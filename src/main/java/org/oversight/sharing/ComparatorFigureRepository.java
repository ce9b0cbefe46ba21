package org.oversight.sharing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComparatorFigureRepository extends JpaRepository<ComparatorFigure, Long> {
    @Query("select f from ComparatorFigure f where f.indicatorCode = ?1 and f.period = ?2")
    List<ComparatorFigure> findByIndicatorCodeAndPeriod(String indicatorCode, String period);

    List<ComparatorFigure> findByIndicatorCodeInAndPeriodIn(java.util.Collection<String> codes,
                                                            java.util.Collection<String> periods);
}
