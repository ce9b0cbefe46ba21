package org.oversight.plan;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.oversight.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An action's page, and posting a progress update on it. */
@Controller
class ActionPages {
    private final ActionRepository actions;
    private final PlanAssessor assessor;
    private final PlanAccess access;
    private final ProgressUpdates updates;
    private final ActionPageModel pageModel;
    private final Clock clock;

    ActionPages(ActionRepository actions, PlanAssessor assessor, PlanAccess access, ProgressUpdates updates,
                ActionPageModel pageModel, Clock clock) {
        this.actions = actions;
        this.assessor = assessor;
        this.access = access;
        this.updates = updates;
        this.pageModel = pageModel;
        this.clock = clock;
    }

    @GetMapping("/actions/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, @RequestParam(name = "history", required = false) String history,
                Authentication auth, Model model) {
        Action action = readable(id, auth);
        UpdateForm form = new UpdateForm();
        form.setAsAt(LocalDate.now(clock));
        form.setVersion(action.getVersion());
        pageModel.fill(model, action, auth, form, "all".equals(history));
        return "plan/action";
    }

    @PostMapping("/actions/{id}/updates")
    String post(@PathVariable long id, Authentication auth, @Valid @ModelAttribute("updateForm") UpdateForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        Action action = readable(id, auth);
        if (!access.canUpdate(auth, action)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "You do not lead this action");
        }
        if (form.getAsAt() != null && form.getAsAt().isAfter(LocalDate.now(clock))) {
            errors.rejectValue("asAt", "future", "The date the progress is as at must be today or in the past");
        }
        if (errors.hasErrors()) {
            pageModel.fill(model, action, auth, form, false);
            return "plan/action";
        }
        try {
            updates.post(id, form.getVersion(), form.toReport(), CurrentUser.of(auth).displayName());
        } catch (ActionChangedMeanwhile conflict) {
            errors.reject("conflict", conflict.getMessage());
            form.setVersion(conflict.currentVersion());
            pageModel.fill(model, actions.findById(id).orElseThrow(), auth, form, false);
            return "plan/action";
        }
        redirect.addFlashAttribute("notice", "Your update on action " + action.getReference() + " has been saved");
        return "redirect:/actions/" + id;
    }

    private Action readable(long id, Authentication auth) {
        return actions.findById(id).filter(a -> !a.isArchived())
                .filter(a -> access.canRead(auth, a.getRecommendation().getPlan()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
