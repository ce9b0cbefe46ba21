package org.oversight.governance;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the clerk does: record minutes item by item, close a follow-up on evidence ({@link MeetingEditPages} schedules meetings). */
@Controller
@Transactional
class ClerkActions {
    private final Meetings meetings;
    private final FollowUps followUps;
    private final MinutesRecording recording;
    private final Clock clock;
    private final List<MeetingReports> reports;

    ClerkActions(Meetings meetings, FollowUps followUps, MinutesRecording recording, Clock clock, List<MeetingReports> reports) {
        this.meetings = meetings;
        this.reports = reports;
        this.followUps = followUps;
        this.recording = recording;
        this.clock = clock;
    }

    @PostMapping("/meetings/{id}/items")
    String recordItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") MinuteItemForm form, BindingResult errors,
                      RedirectAttributes redirect, CurrentUser person) {
        Meeting meeting = meetings.findById(id).map(m -> BoardReach.managed(m, m.getBoard(), person))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (form.getReportId() != null && reports.stream().flatMap(r -> r.of(meeting).stream())
                .noneMatch(p -> p.id() == form.getReportId())) {
            errors.rejectValue("reportId", "unknown", "Choose a report written to this meeting, or none");
        }
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("org.springframework.validation.BindingResult.itemForm", errors);
            redirect.addFlashAttribute("itemForm", form);
            return "redirect:/meetings/" + id + "#record";
        }
        String number = form.getMinuteNumber() == null || form.getMinuteNumber().isBlank() ? null : form.getMinuteNumber().strip();
        AgendaItem item = meeting.addItem(number, form.getTitle()).minute(number, form.getSummary()).decidedOn(form.getReportId());
        if (form.isExempt()) {
            item.exemptUnder(form.getExemptParagraph());
        }
        if (form.getKind() != null) {
            Decision decision = item.decide(form.getKind(), form.getDecisionText(), form.pointList());
            if (decision.getKind() == DecisionKind.RESOLVED) {
                ReadMinutes.Item read = new ReadMinutes.Item(number, item.getTitle(), item.isExempt(), null, null,
                        List.of(new ReadMinutes.ReadDecision(decision.getKind(), decision.getText(), decision.getPoints())));
                ReadMinutes one = new ReadMinutes(meeting.getBoard().getName(), meeting.getDate(), null, List.of(), List.of(),
                        List.of(), List.of(), List.of(), null, null, null, List.of(read));
                MinuteAsks.followUps(one).forEach(ask -> followUps.save(recording.followUp(meeting, ask)));
            }
        }
        meeting.markMinuted();
        redirect.addFlashAttribute("notice", "Item recorded: " + item.getTitle());
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/follow-ups/{id}/close")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String evidence, Authentication auth,
                 RedirectAttributes redirect) {
        FollowUp followUp = followUps.findById(id).map(f -> BoardReach.managed(f, f.getBoard(), CurrentUser.of(auth)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            followUp.close(evidence, LocalDate.now(clock), CurrentUser.of(auth).usernameOrAnonymous());
            redirect.addFlashAttribute("notice", "Follow-up closed");
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("closeError", e.getMessage());
            redirect.addFlashAttribute("closeErrorId", id);
        }
        return "redirect:/boards/" + followUp.getBoard().getId() + "#follow-ups";
    }
}
