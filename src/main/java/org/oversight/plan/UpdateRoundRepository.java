package org.oversight.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UpdateRoundRepository extends JpaRepository<UpdateRound, Long> {
    /** Rounds still open, of live plans, the soonest due first. */
    @Query("select r from UpdateRound r where r.closedAt is null and r.plan.archived = false order by r.dueOn, r.id")
    List<UpdateRound> findOpen();

    /** Rounds still open of live plans within reach (see {@link PlanRepository#findWithinReach}). */
    @Query("""
            select u from UpdateRound u join u.plan p
            where u.closedAt is null and p.archived = false
              and (p.owner is null or p.owner.id = :organisation
                   or exists (select a.id from Action a join a.recommendation r join a.leads l
                              where r.plan = p and a.archived = false and r.archived = false
                                and l.heldBy = :username))
            order by u.dueOn, u.id""")
    List<UpdateRound> findOpenWithinReach(@Param("organisation") Long organisation, @Param("username") String username);

    /** Rounds still open of live plans in which the user holds a lead on a live action. */
    @Query("""
            select u from UpdateRound u join u.plan p
            where u.closedAt is null and p.archived = false
              and exists (select a.id from Action a join a.recommendation r join a.leads l
                          where r.plan = p and a.archived = false and r.archived = false
                            and l.heldBy = :username)
            order by u.dueOn, u.id""")
    List<UpdateRound> findOpenLedBy(@Param("username") String username);

    List<UpdateRound> findByPlanOrderByAsAtDesc(ActionPlan plan);

    Optional<UpdateRound> findByPlanAndAsAt(ActionPlan plan, LocalDate asAt);
}
