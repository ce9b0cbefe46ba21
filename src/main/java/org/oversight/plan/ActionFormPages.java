package org.oversight.plan;

import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, editing and archiving actions. An edit made against an old version is refused. */
@Controller
class ActionFormPages {
    private final RecommendationRepository recommendations;
    private final ActionRepository actions;
    private final OrganisationRepository organisations;
    private final ActionEditing editing;
    private final PlanAccess access;

    ActionFormPages(RecommendationRepository recommendations, ActionRepository actions,
                    OrganisationRepository organisations, ActionEditing editing, PlanAccess access) {
        this.recommendations = recommendations;
        this.actions = actions;
        this.organisations = organisations;
        this.editing = editing;
        this.access = access;
    }

    @GetMapping({"/plans/{planId}/recommendations/{recId}/actions/new", "/recommendations/{recId}/actions/new"})
    @Transactional(readOnly = true)
    String add(@PathVariable long recId, Authentication auth, Model model) {
        FormAccess.requireManager(access, auth);
        Recommendation rec = recommendation(recId, auth);
        ActionForm form = new ActionForm();
        form.setLeadOrganisationId(rec.getPlan().getOwnerId());
        return show(model, rec, null, form);
    }

    @PostMapping({"/plans/{planId}/recommendations/{recId}/actions/new", "/recommendations/{recId}/actions/new"})
    String add(@PathVariable long recId, Authentication auth, @Valid @ModelAttribute("actionForm") ActionForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        FormAccess.requireManager(access, auth);
        Recommendation rec = recommendation(recId, auth);
        ActionEditing.check(rec.getPlan(), null, form, errors);
        if (errors.hasErrors()) {
            return show(model, rec, null, form);
        }
        long id = editing.add(recId, form);
        redirect.addFlashAttribute("notice", "Action " + form.getReference().strip() + " has been added");
        return "redirect:/actions/" + id;
    }

    @GetMapping("/actions/{id}/edit")
    @Transactional(readOnly = true)
    String edit(@PathVariable long id, Authentication auth, Model model) {
        FormAccess.requireManager(access, auth);
        Action action = action(id, auth);
        return show(model, action.getRecommendation(), action, ActionForm.from(action));
    }

    @PostMapping("/actions/{id}/edit")
    String edit(@PathVariable long id, Authentication auth, @Valid @ModelAttribute("actionForm") ActionForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        FormAccess.requireManager(access, auth);
        Action action = action(id, auth);
        if (action.getVersion() != form.getVersion()) {
            return conflict(model, action, form, errors, ActionVersions.changedMeanwhile(action));
        }
        ActionEditing.check(action.getRecommendation().getPlan(), action, form, errors);
        if (errors.hasErrors()) {
            return show(model, action.getRecommendation(), action, form);
        }
        try {
            editing.revise(id, form);
        } catch (ActionChangedMeanwhile changed) {
            return conflict(model, action(id, auth), form, errors, changed);
        }
        redirect.addFlashAttribute("notice", "Your changes to action " + form.getReference().strip() + " have been saved");
        return "redirect:/actions/" + id;
    }

    @PostMapping("/actions/{id}/archive")
    String archive(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        FormAccess.requireManager(access, auth);
        Action action = action(id, auth);
        Recommendation rec = action.getRecommendation();
        editing.archive(id);
        redirect.addFlashAttribute("notice", "Action " + action.getReference() + " has been archived");
        return "redirect:/plans/" + rec.getPlan().getId() + "/recommendations/" + rec.getId();
    }

    /** Nothing was saved: show the other person's values beside these, against the newer version. */
    private String conflict(Model model, Action current, ActionForm yours, BindingResult errors,
                            ActionChangedMeanwhile changed) {
        EditConflict conflict = EditConflict.between(changed, ActionForm.from(current), yours);
        errors.reject("changedMeanwhile", changed.getMessage());
        yours.setVersion(current.getVersion());
        model.addAttribute("conflict", conflict);
        return show(model, current.getRecommendation(), current, yours);
    }

    private String show(Model model, Recommendation rec, Action action, ActionForm form) {
        model.addAttribute("plan", rec.getPlan());
        model.addAttribute("rec", rec);
        model.addAttribute("action", action);
        model.addAttribute("actionForm", form);
        model.addAttribute("organisations", organisations.findAllByOrderByName());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("statuses", ActionStatus.values());
        return "plan/action-form";
    }

    private Recommendation recommendation(long recId, Authentication auth) {
        Recommendation rec = recommendations.findById(recId).filter(r -> !r.isArchived())
                .orElseThrow(FormAccess::notFound);
        FormAccess.requireManager(access, auth, rec.getPlan());
        return rec;
    }

    private Action action(long id, Authentication auth) {
        Action action = actions.findById(id).filter(a -> !a.isArchived()).orElseThrow(FormAccess::notFound);
        FormAccess.requireManager(access, auth, action.getRecommendation().getPlan());
        return action;
    }
}
