package org.oversight.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.oversight.account.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores minutes, all or nothing: the meeting's items, decisions and attendance, the follow-ups
 * its resolutions ask for and the work programme changes it records.
 */
@Service
public class MinutesRecording {
    private final Boards boards;
    private final Meetings meetings;
    private final FollowUps followUps;
    private final WorkProgramme programme;
    private final Clock clock;
    private final List<MeetingReports> reports;

    MinutesRecording(Boards boards, Meetings meetings, FollowUps followUps, WorkProgramme programme, Clock clock,
                     List<MeetingReports> reports) {
        this.boards = boards;
        this.reports = reports;
        this.meetings = meetings;
        this.followUps = followUps;
        this.programme = programme;
        this.clock = clock;
    }

    /** Refusals the clerk can put right: a message, nothing stored. */
    public static class Refused extends RuntimeException {
        private final String code;

        public Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() { return code; }
    }

    /** Stores the minutes as the person signed in now (see {@link #store(ReadMinutes, String, Long)}). */
    @Transactional
    public Meeting store(ReadMinutes minutes, String by) {
        return store(minutes, by, CurrentUser.now().organisationId());
    }

    /**
     * Stores the minutes for someone of the organisation (null: of none): into its board of the
     * name (else the board of none of that name), or a new board that belongs to it.
     */
    @Transactional
    public Meeting store(ReadMinutes minutes, String by, Long organisationId) {
        Board board = boards.named(minutes.board(), organisationId)
                .orElseGet(() -> boards.save(new Board(minutes.board(), BoardKind.OTHER).belongTo(organisationId)));
        Meeting meeting = meetings.findFirstByBoardAndDate(board, minutes.date())
                .orElseGet(() -> meetings.save(new Meeting(board, minutes.date(), null, minutes.venue())));
        if (meeting.isMinuted() || meeting.getAgendaItems().stream().anyMatch(AgendaItem::isMinuted)) {
            throw new Refused("ALREADY_MINUTED", "The " + board.getName() + " meeting on " + Dates.longDate(minutes.date())
                    + " already has minutes.");
        }
        attendance(meeting, minutes);
        List<MeetingReports.Paper> papers = papers(meeting);
        for (ReadMinutes.Item read : minutes.items()) {
            AgendaItem item = meeting.addItem(read.number(), read.title().isBlank() ? read.number() : read.title())
                    .minute(read.number(), read.summary());
            MeetingReports.titled(papers, item.getTitle()).ifPresent(p -> item.decidedOn(p.id()));
            if (read.exempt()) {
                item.exemptUnder(read.exemptParagraph());
            }
            read.decisions().forEach(d -> item.decide(d.kind(), d.text(), d.points()));
        }
        meeting.recordMinutes(minutes.startedAt(), minutes.finishedAt(), minutes.declarations());
        meetings.save(meeting);
        MinuteAsks.followUps(minutes).forEach(ask -> followUps.save(followUp(meeting, ask)));
        MinuteAsks.programmeChanges(minutes).forEach(change -> applyChange(board, change, by));
        return meeting;
    }

    /** The reports written to the meeting, which an item of the same title decided. */
    List<MeetingReports.Paper> papers(Meeting meeting) {
        return meeting.getId() == null ? List.of() : reports.stream().flatMap(r -> r.of(meeting).stream()).toList();
    }

    private static void attendance(Meeting meeting, ReadMinutes minutes) {
        minutes.present().forEach(n -> meeting.attend(AttendanceKind.PRESENT, n));
        minutes.apologies().forEach(n -> meeting.attend(AttendanceKind.APOLOGIES, n));
        minutes.substitutes().forEach(n -> meeting.attend(AttendanceKind.SUBSTITUTE, n));
        minutes.officers().forEach(n -> meeting.attend(AttendanceKind.OFFICER, n));
        minutes.inAttendance().forEach(n -> meeting.attend(AttendanceKind.IN_ATTENDANCE, n));
    }

    /** A follow-up from an ask; "the March meeting" or "the next meeting" is due on that meeting's date when it is known. */
    FollowUp followUp(Meeting meeting, MinuteAsks.Ask ask) {
        LocalDate due = ask.dueDate();
        if (due == null && ask.dueNote() != null) {
            List<Meeting> later = meetings.findByBoardOrderByDate(meeting.getBoard()).stream()
                    .filter(m -> m.getDate().isAfter(meeting.getDate())).sorted(Comparator.comparing(Meeting::getDate)).toList();
            java.time.Month month = MinuteAsks.monthOf(ask.dueNote().replace("the ", "").replace(" meeting", ""));
            Optional<Meeting> target = ask.dueNote().contains("next") ? later.stream().findFirst()
                    : later.stream().filter(m -> month != null && m.getDate().getMonth() == month).findFirst();
            due = target.map(Meeting::getDate).orElse(null);
        }
        return new FollowUp(meeting, ask.minuteNumber(), ask.request(), ask.owner(), ask.exempt()).due(due, ask.dueNote());
    }

    private void applyChange(Board board, MinuteAsks.ProgrammeChange change, String by) {
        Optional<WorkProgrammeItem> existing = programme.findByBoardOrderByPlannedForAscIdAsc(board).stream()
                .filter(i -> !i.isRemoved() && i.getTitle().equalsIgnoreCase(change.title()))
                .filter(i -> change.from() == null || i.getPlannedFor().equals(change.from())).findFirst();
        if (change.to() == null) {
            existing.ifPresent(i -> i.remove("As the minutes record", by, clock.instant()));
        } else if (change.from() == null) {
            programme.save(new WorkProgrammeItem(board, change.title(), change.to(), by, clock.instant()));
        } else {
            WorkProgrammeItem item = existing.orElseGet(() ->
                    programme.save(new WorkProgrammeItem(board, change.title(), change.from(), by, clock.instant())));
            item.moveTo(change.to(), null, by, clock.instant());
        }
    }
}
