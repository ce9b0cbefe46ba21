package org.oversight.sharing;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReceivedFigureRepository extends JpaRepository<ReceivedFigure, Long> {
    @Query("select f from ReceivedFigure f where f.indicatorCode = ?1 and f.period = ?2 and f.instance.id in ?3")
    List<ReceivedFigure> findFor(String code, String period, Collection<Long> instanceIds);

    @Modifying
    @Query("delete from ReceivedFigure f where f.instance = ?1")
    void deleteFrom(SendingInstance instance);
}
