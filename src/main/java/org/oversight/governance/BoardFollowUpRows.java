package org.oversight.governance;

import java.time.LocalDate;
import java.util.List;
import org.oversight.reporting.BoardFollowUpSource;
import org.oversight.reporting.FollowUpRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A board's open follow-ups for its report pack: those asked at meetings up to the pack's
 * "as at" date and not closed by then. Each row carries whether {@link PublicationPolicy} keeps
 * it from the public, and a pack marked for publication leaves those rows out.
 */
@Component
@PublicOutput
class BoardFollowUpRows implements BoardFollowUpSource {
    private final Boards boards;
    private final FollowUps followUps;
    private final PublicationPolicy policy;

    BoardFollowUpRows(Boards boards, FollowUps followUps, PublicationPolicy policy) {
        this.boards = boards;
        this.followUps = followUps;
        this.policy = policy;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUpRow> openFollowUps(String boardName, Long organisationId, LocalDate asAt) {
        return boards.named(boardName == null ? "" : boardName.strip(), organisationId)
                .map(board -> followUps.findByBoardOrderById(board).stream()
                        .filter(f -> !f.getMeeting().getDate().isAfter(asAt))
                        .filter(f -> f.isOpen() || f.getClosedOn() != null && f.getClosedOn().isAfter(asAt))
                        .map(f -> row(f, asAt)).toList())
                .orElse(List.of());
    }

    private FollowUpRow row(FollowUp f, LocalDate asAt) {
        String status = f.getDueDate() != null && f.getDueDate().isBefore(asAt) ? "Overdue" : "Open";
        String due = f.getDueDate() == null && f.getDueNote() != null ? " (due " + f.getDueNote() + ")" : "";
        return new FollowUpRow(f.getMinuteNumber() == null ? "" : f.getMinuteNumber(), Dates.longDate(f.getMeeting().getDate()),
                f.getRequest() + due, f.getOwner(), f.getDueDate(), status, policy.withheldFromPublic(f));
    }
}
