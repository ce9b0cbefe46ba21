package org.oversight.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionRepository extends JpaRepository<Action, Long> {
    /**
     * The live actions one of whose leads the user holds, each once, soonest deadline first
     * (no deadline last), then in plan order. Archived actions, recommendations and plans are left out.
     * Found from the leads the user holds (indexed), never by testing every action in the instance.
     */
    @Query("""
            select a from Action a join a.recommendation r join r.plan p
            where a.archived = false and r.archived = false and p.archived = false
              and a.id in (select led.id from Action led join led.leads l where l.heldBy = ?1)
            order by a.dueDate nulls last, p.id, r.position, a.position""")
    List<Action> findLedBy(String username);

    /** The live actions that depend on the given action, each once, in plan order. */
    @Query("""
            select a from Action a join a.recommendation r
            where a.archived = false and r.archived = false
              and exists (select d from ActionDependency d where d.action = a and d.targetAction = ?1)
            order by r.position, a.position""")
    List<Action> findDependents(Action target);
}
