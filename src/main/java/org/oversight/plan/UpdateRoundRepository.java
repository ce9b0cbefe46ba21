package org.oversight.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UpdateRoundRepository extends JpaRepository<UpdateRound, Long> {
    /** Rounds still open, of live plans, the soonest due first. */
    @Query("select r from UpdateRound r where r.closedAt is null and r.plan.archived = false order by r.dueOn, r.id")
    List<UpdateRound> findOpen();

    List<UpdateRound> findByPlanOrderByAsAtDesc(ActionPlan plan);

    Optional<UpdateRound> findByPlanAndAsAt(ActionPlan plan, LocalDate asAt);
}
