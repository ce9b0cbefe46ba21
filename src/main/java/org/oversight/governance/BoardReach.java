package org.oversight.governance;

import org.oversight.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * To someone of one organisation, another organisation's board, and its meetings, follow-ups
 * and work programme, are not there: not found, as a missing one. Their public pages stay public.
 * A board of none is read by everyone signed in but changed only by those of no organisation.
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

    /**
     * The thing, which belongs to the board, if the person's organisation may change the board's
     * business: not found when the board is out of their reach, refused (403) when it is one they
     * may only read (a board of none, to someone of an organisation).
     */
    static <T> T managed(T thing, Board board, CurrentUser person) {
        within(thing, board, person);
        if (!person.manages(board.getOrganisationId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return thing;
    }
}
