package org.oversight.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<ActionPlan, Long> {
    List<ActionPlan> findByArchivedFalseOrderByTitle();

    List<ActionPlan> findByPublishedTrueAndArchivedFalseOrderByTitle();
}
