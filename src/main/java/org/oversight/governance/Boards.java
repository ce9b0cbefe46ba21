package org.oversight.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored boards. */
public interface Boards extends JpaRepository<Board, Long> {
    Optional<Board> findByNameIgnoreCase(String name);

    List<Board> findAllByOrderByName();
}
