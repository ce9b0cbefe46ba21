package org.oversight.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored monitoring cadences. */
public interface MonitoringCadences extends JpaRepository<MonitoringCadence, Long> {
    List<MonitoringCadence> findByBoard(Board board);

    List<MonitoringCadence> findByPlanId(Long planId);
}
