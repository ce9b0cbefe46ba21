package org.oversight.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
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

    /** An action's progress updates, newest first (as at, then recorded), at most {@code limit}. */
    @Query("select u from ProgressUpdate u where u.action = ?1 order by u.asAt desc, u.recordedAt desc, u.id desc")
    List<ProgressUpdate> findUpdatesNewestFirst(Action action, Limit limit);

    @Query("select count(u) from ProgressUpdate u where u.action = ?1")
    long countUpdates(Action action);

    /** The newest update with a RAG that came before the given one (in the same order), if any. */
    @Query("""
            select u from ProgressUpdate u where u.action = ?1 and u.rag is not null
              and (u.asAt < ?2 or (u.asAt = ?2 and (u.recordedAt < ?3 or (u.recordedAt = ?3 and u.id < ?4))))
            order by u.asAt desc, u.recordedAt desc, u.id desc""")
    List<ProgressUpdate> findRatedBefore(Action action, LocalDate asAt, Instant recordedAt, Long id, Limit limit);
}
