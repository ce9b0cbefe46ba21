package org.oversight.committee;

import java.util.Optional;
import org.oversight.governance.Board;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored report templates, one a board at most. */
public interface ReportTemplates extends JpaRepository<ReportTemplate, Long> {
    Optional<ReportTemplate> findByBoard(Board board);

    /** The board's template: the stored one, else the standard template (not stored). */
    default ReportTemplate of(Board board) {
        return findByBoard(board).orElseGet(() -> new ReportTemplate(board));
    }
}
