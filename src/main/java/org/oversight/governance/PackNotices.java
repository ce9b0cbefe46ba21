package org.oversight.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.notification.DueReminder;
import org.oversight.notification.NotificationKind;
import org.oversight.notification.Notifications;
import org.oversight.notification.ReminderSource;
import org.oversight.notification.WorkingDays;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanRepository;
import org.oversight.reporting.ReportPackIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a board's clerk (its supporting officers with an account) about report packs: "ready" as
 * soon as a pack is issued to the board, and "late" once, when the board's next meeting is a few
 * working days away and no pack has been issued to it since its previous meeting. The notice of
 * a pack is raised in the transaction that issues it, so it exists only if the pack does.
 */
@Component
class PackNotices implements ReminderSource {
    private final Boards boards;
    private final Meetings meetings;
    private final BoardPacks packs;
    private final PlanRepository plans;
    private final Notifications notifications;
    private final GovernanceReminders settings;
    private final Clock clock;

    PackNotices(Boards boards, Meetings meetings, BoardPacks packs, PlanRepository plans, Notifications notifications,
                GovernanceReminders settings, Clock clock) {
        this.boards = boards;
        this.meetings = meetings;
        this.packs = packs;
        this.plans = plans;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void issued(ReportPackIssued event) {
        Long owner = plans.findById(event.planId()).map(ActionPlan::getOwnerId).orElse(null);
        Optional<Board> found = boards.named(event.board(), owner);
        if (found.isEmpty()) {
            return;
        }
        Board board = found.get();
        LocalDate today = LocalDate.now(clock);
        packs.save(new BoardPack(board, event.packId(), event.planId(), null, today, event.issuedBy()));
        String plan = plans.findById(event.planId()).map(p -> p.getTitle()).orElse("the plan");
        String meeting = meetings.findByBoardOrderByDate(board).stream().filter(m -> !m.getDate().isBefore(today))
                .findFirst().map(m -> " for the meeting on " + Dates.longDate(m.getDate())).orElse("");
        for (String clerk : board.officerUsernames()) {
            notifications.raiseAndDeliver(new DueReminder("pack:" + event.packId() + ":ready:" + clerk, clerk,
                    NotificationKind.PACK_READY, "Report pack ready: " + board.getName(),
                    "The report pack on " + plan + " has been issued to the " + board.getName() + meeting + " by "
                            + event.issuedBy() + ".", "/plans/" + event.planId() + "/reports"));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueReminder> dueOn(LocalDate today, WorkingDays workingDays) {
        List<DueReminder> late = new ArrayList<>();
        for (Board board : boards.findAllByOrderByName()) {
            if (board.officerUsernames().isEmpty()) {
                continue;
            }
            List<Meeting> all = meetings.findByBoardOrderByDate(board);
            Optional<Meeting> next = all.stream().filter(m -> m.getDate().isAfter(today)).findFirst();
            if (next.isEmpty() || workingDays.between(today, next.get().getDate()) > settings.packLateWithin()) {
                continue;
            }
            Meeting meeting = next.get();
            LocalDate previous = all.stream().map(Meeting::getDate).filter(d -> d.isBefore(meeting.getDate()))
                    .reduce((a, b) -> b).orElse(LocalDate.MIN);
            if (packs.existsByBoardAndIssuedOnAfter(board, previous)) {
                continue;
            }
            for (String clerk : board.officerUsernames()) {
                late.add(new DueReminder("pack:meeting:" + meeting.getId() + ":late:" + clerk, clerk, NotificationKind.PACK_LATE,
                        "Report pack late: " + board.getName() + ", " + Dates.longDate(meeting.getDate()),
                        "No report pack has been issued to the " + board.getName() + " for its meeting on "
                                + Dates.longDate(meeting.getDate()) + ", " + workingDays.between(today, meeting.getDate())
                                + " working days away.", "/boards/" + board.getId()));
            }
        }
        return late;
    }
}
