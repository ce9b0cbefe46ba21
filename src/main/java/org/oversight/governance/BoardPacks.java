package org.oversight.governance;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored records of packs issued to boards. */
public interface BoardPacks extends JpaRepository<BoardPack, Long> {
    boolean existsByBoardAndIssuedOnAfter(Board board, LocalDate after);
}
