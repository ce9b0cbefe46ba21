package org.oversight.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored work programme items. */
public interface WorkProgramme extends JpaRepository<WorkProgrammeItem, Long> {
    List<WorkProgrammeItem> findByBoardOrderByPlannedForAscIdAsc(Board board);
}
