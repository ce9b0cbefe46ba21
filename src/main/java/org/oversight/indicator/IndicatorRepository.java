package org.oversight.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Indicators by code. */
public interface IndicatorRepository extends JpaRepository<Indicator, Long> {
    Optional<Indicator> findByCode(String code);

    List<Indicator> findAllByOrderByCode();

    List<Indicator> findByPartOfOrderByCode(Indicator total);

    @Query("select distinct i from Indicator i join i.linkedActions a where a in ?1")
    List<Indicator> findLinkedTo(Collection<Long> actionIds);
}
