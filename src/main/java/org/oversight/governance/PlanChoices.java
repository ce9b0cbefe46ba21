package org.oversight.governance;

import java.util.List;
import org.oversight.plan.ActionPlan;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The live plans a board may sign off, chosen in the query: those of the organisation of the
 * person recording it, or every one for someone of none.
 */
interface PlanChoices extends Repository<ActionPlan, Long> {
    @Query("select p from ActionPlan p where p.archived = false order by p.title")
    List<ActionPlan> findLive();

    @Query("select p from ActionPlan p where p.archived = false and (p.owner.id = ?1 or p.owner is null) order by p.title")
    List<ActionPlan> findLiveOwnedBy(long organisationId);

    default List<ActionPlan> reachedBy(Long organisationId) {
        return organisationId == null ? findLive() : findLiveOwnedBy(organisationId);
    }
}
