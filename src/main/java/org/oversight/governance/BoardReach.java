package org.oversight.governance;

import org.oversight.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * To someone of one organisation, another organisation's board, and its meetings, follow-ups
 * and work programme, are not there: not found, as a missing one. Their public pages stay public.
 */
final class BoardReach {
    private BoardReach() {
    }

    /** The thing, which belongs to the board, if the board is within the person's reach. */
    static <T> T within(T thing, Board board, CurrentUser person) {
        if (!person.reaches(board.getOrganisationId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return thing;
    }
}
