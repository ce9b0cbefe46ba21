package org.oversight.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored follow-ups. */
public interface FollowUps extends JpaRepository<FollowUp, Long> {
    List<FollowUp> findByBoardOrderById(Board board);

    List<FollowUp> findByBoardAndStatusOrderById(Board board, FollowUpStatus status);

    List<FollowUp> findByStatusOrderById(FollowUpStatus status);
}
