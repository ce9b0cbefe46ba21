package org.oversight.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored sign-offs. */
public interface SignOffs extends JpaRepository<SignOff, Long> {
    List<SignOff> findByRecommendationIdOrderByDecidedOn(Long recommendationId);

    List<SignOff> findByPlanIdOrderByDecidedOn(Long planId);

    List<SignOff> findByBoardOrderByDecidedOnDesc(Board board);

    List<SignOff> findByMeetingOrderById(Meeting meeting);
}
