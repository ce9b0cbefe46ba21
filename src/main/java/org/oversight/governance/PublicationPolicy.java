package org.oversight.governance;

import java.util.List;
import org.oversight.account.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what of a board's business may be seen. Exempt items (Schedule 12A)
 * and the follow-ups they gave rise to are visible only to signed-in people with a role on that
 * board; they never reach a public page, a calendar feed, an export or anything published.
 * Every public output asks this class, and tests hold them to it.
 */
@Component
public class PublicationPolicy {

    /** May this viewer see the board's exempt business? */
    public boolean maySeeExempt(Board board, CurrentUser viewer) {
        return viewer != null && viewer.isSignedIn() && board.hasRole(viewer.username());
    }

    /** The items anyone may see: never an exempt one. */
    public List<AgendaItem> publicItems(Meeting meeting) {
        return meeting.getAgendaItems().stream().filter(i -> !i.isExempt()).toList();
    }

    /** The items this viewer may see. */
    public List<AgendaItem> itemsFor(Meeting meeting, CurrentUser viewer) {
        return maySeeExempt(meeting.getBoard(), viewer) ? meeting.getAgendaItems() : publicItems(meeting);
    }

    public List<FollowUp> publicFollowUps(List<FollowUp> followUps) {
        return followUps.stream().filter(f -> !f.isExempt()).toList();
    }

    /** Is this follow-up kept from anything published (it arose from an exempt item)? */
    public boolean withheldFromPublic(FollowUp followUp) {
        return followUp.isExempt();
    }

    public List<FollowUp> followUpsFor(Board board, List<FollowUp> followUps, CurrentUser viewer) {
        return maySeeExempt(board, viewer) ? followUps : publicFollowUps(followUps);
    }

    /** How many items are withheld from the public, so pages can say so without saying what. */
    public long withheldCount(Meeting meeting) {
        return meeting.getAgendaItems().size() - publicItems(meeting).size();
    }
}
