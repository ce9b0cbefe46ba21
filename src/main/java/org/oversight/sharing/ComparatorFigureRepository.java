package org.oversight.sharing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComparatorFigureRepository extends JpaRepository<ComparatorFigure, Long> {
    List<ComparatorFigure> findByIndicatorCodeAndPeriod(String indicatorCode, String period);

    List<ComparatorFigure> findByIndicatorCodeInAndPeriodIn(java.util.Collection<String> codes,
                                                            java.util.Collection<String> periods);
}
