package org.oversight.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored meetings. */
public interface Meetings extends JpaRepository<Meeting, Long> {
    List<Meeting> findByBoardOrderByDate(Board board);

    Optional<Meeting> findFirstByBoardAndDate(Board board, LocalDate date);
}
