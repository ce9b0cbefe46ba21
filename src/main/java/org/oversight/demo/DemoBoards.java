package org.oversight.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.oversight.governance.Board;
import org.oversight.governance.BoardKind;
import org.oversight.governance.BoardSignOffs;
import org.oversight.governance.Boards;
import org.oversight.governance.DecisionKind;
import org.oversight.governance.FollowUp;
import org.oversight.governance.FollowUps;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.governance.MemberRole;
import org.oversight.governance.MinutesReader;
import org.oversight.governance.MinutesRecording;
import org.oversight.governance.MonitoringCadence;
import org.oversight.governance.MonitoringPlanner;
import org.oversight.governance.WorkProgramme;
import org.oversight.governance.WorkProgrammeItem;
import org.oversight.plan.ActionPlan;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Kingsmead's three boards and a year of their business, placed around today. */
@Component
class DemoBoards {
    static final String SCRUTINY = "Children's Services Overview and Scrutiny Committee";
    static final String PANEL = "Corporate Parenting Panel";
    static final String PARTNERSHIP = "Kingsmead Safeguarding Children Partnership";
    private static final String CLERK = "demo";

    private final Boards boards;
    private final Meetings meetings;
    private final FollowUps followUps;
    private final WorkProgramme programme;
    private final MinutesRecording recording;
    private final MonitoringPlanner planner;
    private final BoardSignOffs signOffs;
    private final Clock clock;

    DemoBoards(Boards boards, Meetings meetings, FollowUps followUps, WorkProgramme programme, MinutesRecording recording,
               MonitoringPlanner planner, BoardSignOffs signOffs, ObjectProvider<Clock> clock) {
        this.boards = boards;
        this.meetings = meetings;
        this.followUps = followUps;
        this.programme = programme;
        this.recording = recording;
        this.planner = planner;
        this.signOffs = signOffs;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** The second Tuesday of the month {@code offset} months from today's. */
    static LocalDate meetingDay(LocalDate today, int offset) {
        return today.withDayOfMonth(1).plusMonths(offset).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    /** The boards belong to the plan's owner, the council (to none when there is no demo plan). */
    void load(LocalDate today, ActionPlan plan) {
        Long council = plan == null ? null : plan.getOwnerId();
        Board scrutiny = boards.save(scrutiny().belongTo(council));
        Board panel = boards.save(panel().belongTo(council));
        Board partnership = boards.save(partnership().belongTo(council));
        for (int offset : new int[] {-10, -8, -6, -4, -2, 1, 3, 5}) {
            meetings.save(new Meeting(scrutiny, meetingDay(today, offset), LocalTime.of(10, 0), "Council Chamber, Kingsmead Town Hall"));
        }
        for (int offset : new int[] {-9, -6, -3, 2, 5}) {
            meetings.save(new Meeting(panel, meetingDay(today, offset).plusDays(2), LocalTime.of(14, 0), "Committee Room 2, Kingsmead Town Hall"));
        }
        for (int offset : new int[] {-11, -5, 1, 7}) {
            meetings.save(new Meeting(partnership, meetingDay(today, offset).plusDays(1), LocalTime.of(9, 30), "Kingsmead Police Station, conference room"));
        }
        recording.store(MinutesReader.read(DemoMinutes.scrutiny(meetingDay(today, -2), meetingDay(today, 1))), CLERK, council);
        recording.store(MinutesReader.read(DemoMinutes.panel(meetingDay(today, -3).plusDays(2))), CLERK, council);
        closeOneFollowUp(scrutiny, today);
        programmeWithAMove(scrutiny, today);
        if (plan != null) {
            planner.monitor(new MonitoringCadence(scrutiny, plan.getId(), meetingDay(today, -10), Period.ofMonths(1), 3, Period.ofMonths(3)), CLERK);
            planner.monitor(new MonitoringCadence(partnership, plan.getId(), meetingDay(today, -11), Period.ofMonths(6), 0, Period.ofMonths(6)), CLERK);
            Meeting decided = meetings.findFirstByBoardAndDate(scrutiny, meetingDay(today, -2)).orElseThrow();
            plan.getRecommendations().stream().findFirst().ifPresent(rec -> signOffs.closeRecommendation(decided.getId(), rec.getId(),
                    "The committee accepted that the recommendation has been met and closed it.",
                    "Audit of 40 contacts at the front door; the service manager's report to the committee", CLERK));
        }
    }

    private Board scrutiny() {
        Board board = new Board(SCRUTINY, BoardKind.SCRUTINY_COMMITTEE);
        board.addMember("Cllr Amina Okafor", MemberRole.CHAIR, null);
        board.addMember("Cllr Tom Reilly", MemberRole.VICE_CHAIR, null);
        board.addMember("Cllr Chris Taylor", MemberRole.VOTING_MEMBER, "viewer");
        board.addMember("Cllr Sue Barnes", MemberRole.VOTING_MEMBER, null);
        board.addMember("Helen Brook, parent governor", MemberRole.CO_OPTEE, null);
        board.addMember("Cllr Dev Patel", MemberRole.SUBSTITUTE, null);
        board.addMember("Priya Shah, improvement programme manager", MemberRole.SUPPORTING_OFFICER, "manager");
        return board;
    }

    private Board panel() {
        Board board = new Board(PANEL, BoardKind.CORPORATE_PARENTING_PANEL);
        board.addMember("Cllr Tom Reilly", MemberRole.CHAIR, null);
        board.addMember("Cllr Sue Barnes", MemberRole.VOTING_MEMBER, null);
        board.addMember("Jo Marsh, foster carer", MemberRole.CARER_REPRESENTATIVE, null);
        board.addMember("Priya Shah, improvement programme manager", MemberRole.SUPPORTING_OFFICER, "manager");
        return board;
    }

    private Board partnership() {
        Board board = new Board(PARTNERSHIP, BoardKind.SAFEGUARDING_PARTNERSHIP);
        board.addMember("Dr Ruth Evans, independent scrutineer", MemberRole.CHAIR, null);
        board.addMember("Director of Children's Services", MemberRole.VOTING_MEMBER, null);
        board.addMember("Detective Superintendent, public protection", MemberRole.VOTING_MEMBER, null);
        board.addMember("Chief Nurse, integrated care board", MemberRole.VOTING_MEMBER, null);
        board.addMember("Partnership business manager", MemberRole.SUPPORTING_OFFICER, null);
        return board;
    }

    private void closeOneFollowUp(Board board, LocalDate today) {
        List<FollowUp> open = followUps.findByBoardOrderById(board);
        if (!open.isEmpty()) {
            open.get(0).close("Briefing note on agency social worker numbers circulated to all members", today.minusDays(10), CLERK);
        }
        Meeting earlier = meetings.findFirstByBoardAndDate(board, meetingDay(today, -4)).orElseThrow();
        earlier.addItem("6", "Annual report of the independent reviewing officers").minute("OSC/26/31", null)
                .decide(DecisionKind.RESOLVED, "that the service report to the next meeting on the timeliness of reviews", List.of());
        earlier.markMinuted();
        FollowUp older = followUps.save(new FollowUp(earlier, "OSC/26/31",
                "that the service report to the next meeting on the timeliness of reviews", "Head of Children in Care", false)
                .due(meetingDay(today, -2), "the next meeting"));
        older.close("Timeliness report taken at the following meeting: 94% of reviews on time", meetingDay(today, -2), CLERK);
    }

    private void programmeWithAMove(Board board, LocalDate today) {
        programme.save(new WorkProgrammeItem(board, "Sufficiency strategy for children in care", meetingDay(today, 3), CLERK, clock.instant()));
        programme.save(new WorkProgrammeItem(board, "Annual report of the local authority designated officer", meetingDay(today, 5), CLERK, clock.instant()));
    }
}
