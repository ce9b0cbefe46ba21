package org.oversight.governance;

import jakarta.validation.constraints.Size;
import java.time.format.DateTimeFormatter;

/** The form that schedules a meeting or moves it: the date and time as typed, so that a mistake can be named. */
public class MeetingForm {
    private String date;
    private String time = "10:00";
    @Size(max = 300, message = "The venue must be 300 characters or fewer")
    private String venue;

    static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.date = meeting.getDate().toString();
        form.time = meeting.getStartsAt() == null ? "" : meeting.getStartsAt().format(DateTimeFormatter.ofPattern("HH:mm"));
        form.venue = meeting.getVenue();
        return form;
    }

    String venueOrNull() {
        return venue == null || venue.isBlank() ? null : venue.strip();
    }

    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getTime() { return time; }
    public void setTime(String time) { this.time = time; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
}
