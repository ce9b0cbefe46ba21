package org.oversight.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, moves and removes items of a board's work programme, each change kept in the item's
 * history with who made it and why. Plan managers, administrators and the board's own
 * supporting officers (its clerk) may change the programme; everyone else reads it.
 */
@Service
public class ProgrammeEditing {
    private final Boards boards;
    private final Meetings meetings;
    private final WorkProgramme programme;
    private final Clock clock;

    ProgrammeEditing(Boards boards, Meetings meetings, WorkProgramme programme, Clock clock) {
        this.boards = boards;
        this.meetings = meetings;
        this.programme = programme;
        this.clock = clock;
    }

    /** May this person change the board's work programme? Only a board their organisation manages. */
    public static boolean mayChange(Board board, CurrentUser viewer) {
        return viewer.manages(board.getOrganisationId())
                && (viewer.canManagePlans() || viewer.isSignedIn() && board.isSupportedBy(viewer.username()));
    }

    /** The board's meetings from today on: the meetings an item may be planned for. */
    @Transactional(readOnly = true)
    public List<Meeting> futureMeetings(Board board) {
        LocalDate today = LocalDate.now(clock);
        return meetings.findByBoardOrderByDate(board).stream().filter(m -> !m.getDate().isBefore(today)).toList();
    }

    @Transactional
    public WorkProgrammeItem add(long boardId, String title, String meetingDate, String by) {
        Board board = boards.findById(boardId).orElseThrow();
        if (title == null || title.isBlank()) {
            throw new FormRefused("title", "Enter what the board will consider");
        }
        if (title.strip().length() > 500) {
            throw new FormRefused("title", "The item's title must be 500 characters or fewer");
        }
        LocalDate date = meetingDate(board, meetingDate, "Choose the meeting the item is planned for");
        return programme.save(new WorkProgrammeItem(board, title, date, by, clock.instant()));
    }

    @Transactional
    public WorkProgrammeItem move(long itemId, String meetingDate, String reason, String by) {
        WorkProgrammeItem item = programme.findById(itemId).orElseThrow();
        refuseIfRemoved(item);
        LocalDate date = meetingDate(item.getBoard(), meetingDate, "Choose the meeting to move the item to");
        if (date.equals(item.getPlannedFor())) {
            throw new FormRefused("meeting", "The item is already planned for " + Dates.longDate(date) + ": choose another meeting");
        }
        item.moveTo(date, reasonOf(reason, "Say why the item is moving"), by, clock.instant());
        return item;
    }

    @Transactional
    public WorkProgrammeItem remove(long itemId, String reason, String by) {
        WorkProgrammeItem item = programme.findById(itemId).orElseThrow();
        refuseIfRemoved(item);
        item.remove(reasonOf(reason, "Say why the item is being removed"), by, clock.instant());
        return item;
    }

    private static void refuseIfRemoved(WorkProgrammeItem item) {
        if (item.isRemoved()) {
            throw new FormRefused("reason", "This item has already been removed from the work programme");
        }
    }

    private LocalDate meetingDate(Board board, String text, String missing) {
        if (text == null || text.isBlank()) {
            throw new FormRefused("meeting", missing);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new FormRefused("meeting", missing);
        }
        if (futureMeetings(board).stream().noneMatch(m -> m.getDate().equals(date))) {
            throw new FormRefused("meeting", "Choose one of the board's future meetings");
        }
        return date;
    }

    private static String reasonOf(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw new FormRefused("reason", missing);
        }
        if (reason.strip().length() > 1000) {
            throw new FormRefused("reason", "The reason must be 1,000 characters or fewer");
        }
        return reason.strip();
    }
}
