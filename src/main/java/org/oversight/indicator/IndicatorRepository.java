package org.oversight.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Indicators by code. */
public interface IndicatorRepository extends JpaRepository<Indicator, Long> {
    Optional<Indicator> findByCode(String code);

    List<Indicator> findAllByOrderByCode();

    List<Indicator> findByPartOf(Indicator total);
}
