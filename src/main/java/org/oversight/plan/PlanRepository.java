package org.oversight.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanRepository extends JpaRepository<ActionPlan, Long> {
    List<ActionPlan> findByArchivedFalseOrderByTitle();

    List<ActionPlan> findByPublishedTrueAndArchivedFalseOrderByTitle();

    /** The live plans one organisation owns. */
    List<ActionPlan> findByOwner_IdAndArchivedFalseOrderByTitle(Long ownerId);

    /**
     * The live plans within reach of someone of the given organisation: owned by it or by none,
     * or with a live action one of whose leads the user holds. Filtered in the database, so the
     * cost does not grow with other organisations' plans.
     */
    @Query("""
            select p from ActionPlan p
            where p.archived = false
              and (p.owner is null or p.owner.id = :organisation
                   or exists (select a.id from Action a join a.recommendation r join a.leads l
                              where r.plan = p and a.archived = false and r.archived = false
                                and l.heldBy = :username))
            order by p.title""")
    List<ActionPlan> findWithinReach(@Param("organisation") Long organisation, @Param("username") String username);
}
