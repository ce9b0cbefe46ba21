package org.oversight.governance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.oversight.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schedules a board's meetings and moves them, each in the audit trail. */
@Service
public class MeetingScheduling {
    static final String AUDIT_TYPE = "Meeting";
    private final Boards boards;
    private final Meetings meetings;
    private final AuditTrail audit;

    MeetingScheduling(Boards boards, Meetings meetings, AuditTrail audit) {
        this.boards = boards;
        this.meetings = meetings;
        this.audit = audit;
    }

    @Transactional
    public Meeting schedule(long boardId, MeetingForm form) {
        Board board = boards.findById(boardId).orElseThrow();
        LocalDate date = dateOf(form);
        Meeting meeting = meetings.save(new Meeting(board, date, timeOf(form), form.venueOrNull()));
        meetings.flush();
        audit.record(AUDIT_TYPE, meeting.getId(), "scheduled", "Scheduled a meeting of " + board.getName() + " on "
                + Dates.longDate(date), null, fields(meeting));
        return meeting;
    }

    @Transactional
    public Meeting reschedule(long meetingId, MeetingForm form) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        LocalDate date = dateOf(form);
        LocalTime time = timeOf(form);
        Map<String, String> before = fields(meeting);
        meeting.reschedule(date, time, form.venueOrNull());
        Map<String, String> after = fields(meeting);
        if (!Objects.equals(before, after)) {
            meetings.flush();
            audit.record(AUDIT_TYPE, meeting.getId(), "rescheduled", "Changed the meeting of " + meeting.getBoard().getName()
                    + " on " + Dates.longDate(date), before, after);
        }
        return meeting;
    }

    private static LocalDate dateOf(MeetingForm form) {
        if (form.getDate() == null || form.getDate().isBlank()) {
            throw new FormRefused("date", "Enter the date of the meeting");
        }
        try {
            return LocalDate.parse(form.getDate().strip());
        } catch (DateTimeParseException e) {
            throw new FormRefused("date", "Enter the date of the meeting as a real date, for example 2027-03-14");
        }
    }

    private static LocalTime timeOf(MeetingForm form) {
        if (form.getTime() == null || form.getTime().isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(form.getTime().strip());
        } catch (DateTimeParseException e) {
            throw new FormRefused("time", "Enter the start time on the 24-hour clock, for example 14:00");
        }
    }

    private static Map<String, String> fields(Meeting meeting) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Board", meeting.getBoard().getName());
        fields.put("Date", meeting.getDate().toString());
        fields.put("Starts at", meeting.getStartsAt() == null ? "" : meeting.getStartsAt().toString());
        fields.put("Venue", meeting.getVenue() == null ? "" : meeting.getVenue());
        return fields;
    }
}
