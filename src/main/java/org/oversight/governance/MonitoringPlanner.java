package org.oversight.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes work programme items from a plan's monitoring cadence at a board: one item per due
 * date to the plan's end, each placed at the board's first meeting on or after that date
 * (or the date itself when no meeting is set), never twice for the same meeting.
 */
@Service
public class MonitoringPlanner {
    private final MonitoringCadences cadences;
    private final WorkProgramme programme;
    private final Meetings meetings;
    private final PlanRepository plans;
    private final Clock clock;

    MonitoringPlanner(MonitoringCadences cadences, WorkProgramme programme, Meetings meetings, PlanRepository plans, Clock clock) {
        this.cadences = cadences;
        this.programme = programme;
        this.meetings = meetings;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    public List<WorkProgrammeItem> monitor(MonitoringCadence cadence, String by) {
        MonitoringCadence stored = cadences.save(cadence);
        ActionPlan plan = plans.findById(stored.getPlanId()).orElseThrow();
        Board board = stored.getBoard();
        List<Meeting> boardMeetings = meetings.findByBoardOrderByDate(board);
        List<WorkProgrammeItem> existing = programme.findByBoardOrderByPlannedForAscIdAsc(board);
        String title = "Monitoring: " + plan.getTitle();
        List<LocalDate> planned = new java.util.ArrayList<>(existing.stream()
                .filter(i -> stored.getPlanId().equals(i.getPlanId())).map(WorkProgrammeItem::getPlannedFor).toList());
        List<WorkProgrammeItem> proposed = new java.util.ArrayList<>();
        for (LocalDate due : stored.datesUntil(plan.getPeriodEnd())) {
            LocalDate at = boardMeetings.stream().map(Meeting::getDate).filter(d -> !d.isBefore(due)).findFirst().orElse(due);
            if (!planned.contains(at)) {
                planned.add(at);
                proposed.add(programme.save(new WorkProgrammeItem(board, title, at, by, clock.instant())
                        .forPlan(stored.getPlanId(), true)));
            }
        }
        return proposed;
    }
}
