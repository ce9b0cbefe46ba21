package org.oversight.governance;

import jakarta.validation.Valid;
import org.oversight.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that schedule a board's meeting and move it, for plan managers and administrators
 * (the security rules) whose organisation manages the board: another council's board is not found,
 * a board of no organisation is refused to someone of an organisation.
 */
@Controller
class MeetingEditPages {
    private final Boards boards;
    private final Meetings meetings;
    private final MeetingScheduling scheduling;

    MeetingEditPages(Boards boards, Meetings meetings, MeetingScheduling scheduling) {
        this.boards = boards;
        this.meetings = meetings;
        this.scheduling = scheduling;
    }

    @GetMapping("/boards/{id}/meetings/new")
    String newMeeting(@PathVariable long id, Model model, CurrentUser person) {
        model.addAttribute("meetingForm", new MeetingForm());
        return page(board(id, person), null, model);
    }

    @PostMapping("/boards/{id}/meetings")
    String schedule(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect, CurrentUser person) {
        Board board = board(id, person);
        Meeting[] scheduled = new Meeting[1];
        if (FormAttempt.succeeds(errors, () -> scheduled[0] = scheduling.schedule(id, form))) {
            redirect.addFlashAttribute("notice", "Meeting scheduled for " + Dates.longDate(scheduled[0].getDate()));
            return "redirect:/meetings/" + scheduled[0].getId();
        }
        return page(board, null, model);
    }

    @GetMapping("/meetings/{id}/edit")
    String edit(@PathVariable long id, Model model, CurrentUser person) {
        Meeting meeting = meeting(id, person);
        model.addAttribute("meetingForm", MeetingForm.of(meeting));
        return page(meeting.getBoard(), meeting, model);
    }

    @PostMapping("/meetings/{id}/edit")
    String save(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors,
                Model model, RedirectAttributes redirect, CurrentUser person) {
        Meeting meeting = meeting(id, person);
        if (FormAttempt.succeeds(errors, () -> scheduling.reschedule(id, form))) {
            redirect.addFlashAttribute("notice", "The meeting has been saved");
            return "redirect:/meetings/" + id;
        }
        return page(meeting.getBoard(), meeting, model);
    }

    private Board board(long id, CurrentUser person) {
        return boards.findById(id).map(b -> BoardReach.managed(b, b, person))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Meeting meeting(long id, CurrentUser person) {
        return meetings.findById(id).map(m -> BoardReach.managed(m, m.getBoard(), person))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String page(Board board, Meeting meeting, Model model) {
        model.addAttribute("board", board);
        model.addAttribute("meeting", meeting);
        return "governance/meeting-form";
    }
}
