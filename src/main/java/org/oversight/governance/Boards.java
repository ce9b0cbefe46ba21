package org.oversight.governance;

import java.util.List;
import java.util.Optional;
import org.oversight.account.CurrentUser;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Stored boards. Names are unique within one organisation (and among the boards of none), so a
 * board is found by name for an organisation. What someone sees is chosen in the query.
 */
public interface Boards extends JpaRepository<Board, Long> {
    List<Board> findAllByOrderByName();

    @Query("select b from Board b where b.organisationId = ?1 or b.organisationId is null order by b.name, b.id")
    List<Board> findWithinReachOf(long organisationId);

    /** The boards within reach of someone of the organisation (null: of none, who reaches every one), by name. */
    default List<Board> reachedBy(Long organisationId) {
        return organisationId == null ? findAllByOrderByName() : findWithinReachOf(organisationId);
    }

    /** The board, if it is within the person's reach. */
    default Optional<Board> findReachable(long id, CurrentUser person) {
        return findById(id).filter(b -> person.reaches(b.getOrganisationId()));
    }

    Optional<Board> findFirstByNameIgnoreCaseAndOrganisationKeyOrderById(String name, long organisationKey);

    /**
     * The board of this name for someone of the organisation: the organisation's own, else the
     * one of none. For someone of none (organisation null): the one of none only; another
     * organisation's board is never found by name, so that its business cannot reach a report
     * or minutes meant for a board of the same name elsewhere.
     */
    default Optional<Board> named(String name, Long organisationId) {
        if (organisationId != null) {
            Optional<Board> own = findFirstByNameIgnoreCaseAndOrganisationKeyOrderById(name, organisationId);
            if (own.isPresent()) {
                return own;
            }
        }
        return findFirstByNameIgnoreCaseAndOrganisationKeyOrderById(name, 0);
    }
}
