package org.oversight.reporting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedPackRepository extends JpaRepository<IssuedPack, Long> {
    List<IssuedPack> findByPlanIdOrderByIssuedAtDescIdDesc(long planId);

    Optional<IssuedPack> findFirstByPlanIdAndBoardKeyOrderByIssuedAtDescIdDesc(long planId, String boardKey);
}
