package org.oversight.governance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.oversight.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on a meeting's page that record what the board decided on a plan's evidence:
 * closing a recommendation or the whole plan, and agreeing a deadline extension.
 */
@Controller
class SignOffPages {
    private final Meetings meetings;
    private final BoardSignOffs signOffs;

    SignOffPages(Meetings meetings, BoardSignOffs signOffs) {
        this.meetings = meetings;
        this.signOffs = signOffs;
    }

    /** {@code subject} is "recommendation:ID" or "plan:ID". */
    @PostMapping("/meetings/{id}/sign-offs")
    String signOff(@PathVariable long id, @RequestParam(required = false) String subject,
                   @RequestParam(required = false) String decision, @RequestParam(required = false) String evidence,
                   Authentication auth, RedirectAttributes redirect) {
        meeting(id, auth);
        String by = CurrentUser.of(auth).username();
        try {
            String[] parts = subject == null ? new String[0] : subject.split(":", 2);
            long target = parts.length == 2 ? parseId(parts[1]) : -1;
            SignOff done = parts.length == 2 && parts[0].equals("plan") ? signOffs.closePlan(id, target, decision, evidence, by)
                    : parts.length == 2 && parts[0].equals("recommendation")
                    ? signOffs.closeRecommendation(id, target, decision, evidence, by) : refuseSubject();
            redirect.addFlashAttribute("notice", "Sign-off recorded: " + done.getDecision());
        } catch (FormRefused refused) {
            refuse(redirect, "signoff", refused, Map.of("subject", String.valueOf(subject), "decision",
                    String.valueOf(decision), "evidence", String.valueOf(evidence)));
        }
        return "redirect:/meetings/" + id + "#sign-off";
    }

    @PostMapping("/meetings/{id}/extensions")
    String extend(@PathVariable long id, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String newDue, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String evidence, Authentication auth, RedirectAttributes redirect) {
        meeting(id, auth);
        try {
            long actionId = action == null || action.isBlank() ? -1 : parseId(action);
            SignOff done = signOffs.extendDeadline(id, actionId, date(newDue), reason, evidence, CurrentUser.of(auth).username());
            redirect.addFlashAttribute("notice", "Extension recorded: " + done.getDecision());
        } catch (FormRefused refused) {
            refuse(redirect, "extension", refused, Map.of("action", String.valueOf(action), "newDue", String.valueOf(newDue),
                    "reason", String.valueOf(reason), "evidence", String.valueOf(evidence)));
        }
        return "redirect:/meetings/" + id + "#extension";
    }

    private static SignOff refuseSubject() {
        throw new FormRefused("subject", "Choose the recommendation or plan the board signed off");
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new FormRefused("newDue", "Enter the new deadline as a real date, for example 31 March 2027");
        }
    }

    private static void refuse(RedirectAttributes redirect, String form, FormRefused refused, Map<String, String> entered) {
        redirect.addFlashAttribute("form", form);
        redirect.addFlashAttribute("errorField", refused.field());
        redirect.addFlashAttribute("errorMessage", refused.getMessage());
        entered.forEach((k, v) -> redirect.addFlashAttribute(form + "_" + k, "null".equals(v) ? "" : v));
    }

    private Meeting meeting(long id, Authentication auth) {
        return meetings.findById(id).map(m -> BoardReach.managed(m, m.getBoard(), CurrentUser.of(auth)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
