package org.oversight.plan;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Overriding an action's RAG and moving its deadline, for accountable officers. */
@Controller
class ActionManagementPages {
    private final ActionRevisions revisions;
    private final ActionRepository actions;
    private final PlanAccess access;

    ActionManagementPages(ActionRevisions revisions, ActionRepository actions, PlanAccess access) {
        this.revisions = revisions;
        this.actions = actions;
        this.access = access;
    }

    @PostMapping("/actions/{id}/override")
    String override(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) RagColour colour,
                    @RequestParam(required = false) String reason, Authentication auth, RedirectAttributes redirect) {
        requireManager(id, auth);
        return attempt(id, redirect, "The RAG override has been saved",
                () -> revisions.overrideRag(id, version, colour, reason, auth.getName()));
    }

    @PostMapping("/actions/{id}/deadline")
    String deadline(@PathVariable long id, @RequestParam long version,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDue,
                    @RequestParam(required = false) String agreedBy, @RequestParam(required = false) String reason,
                    Authentication auth, RedirectAttributes redirect) {
        requireManager(id, auth);
        return attempt(id, redirect, "The deadline has been moved and the change recorded",
                () -> revisions.moveDeadline(id, version, newDue, agreedBy, reason, auth.getName()));
    }

    private String attempt(long id, RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", success);
        } catch (IllegalArgumentException | ActionChangedMeanwhile problem) {
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
        return "redirect:/actions/" + id;
    }

    private void requireManager(long id, Authentication auth) {
        if (!access.canManage(auth)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Action action = actions.findById(id).filter(a -> !a.isArchived()).orElseThrow(FormAccess::notFound);
        FormAccess.requireManager(access, auth, action.getRecommendation().getPlan());
    }
}
