package org.oversight.indicator;

import java.util.List;
import org.oversight.plan.Action;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The live plan actions an indicator may be linked to, chosen in the query: those of the plans
 * someone of an organisation manages (owned by it), or every one for someone of none.
 */
interface LinkableActions extends Repository<Action, Long> {
    @Query("""
            select a from Action a join a.recommendation r join r.plan p
            where a.archived = false and r.archived = false and p.archived = false
            order by p.id, r.position, a.position""")
    List<Action> findLive();

    @Query("""
            select a from Action a join a.recommendation r join r.plan p
            where a.archived = false and r.archived = false and p.archived = false and p.owner.id = ?1
            order by p.id, r.position, a.position""")
    List<Action> findLiveOwnedBy(long organisationId);

    default List<Action> reachedBy(Long organisationId) {
        return organisationId == null ? findLive() : findLiveOwnedBy(organisationId);
    }
}
