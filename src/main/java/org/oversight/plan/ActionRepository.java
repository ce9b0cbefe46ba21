package org.oversight.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionRepository extends JpaRepository<Action, Long> {
    @Query("select distinct a from Action a join a.leads l where l.heldBy = ?1 and a.archived = false")
    List<Action> findLedBy(String username);

    @Query("select d.action from ActionDependency d where d.targetAction = ?1")
    List<Action> findDependents(Action target);
}
