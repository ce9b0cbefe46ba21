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

/** Adding and editing a plan's recommendations, and adding its workstreams. */
@Controller
class RecommendationFormPages {
    private final PlanRepository plans;
    private final RecommendationEditing editing;
    private final PlanAccess access;

    RecommendationFormPages(PlanRepository plans, RecommendationEditing editing, PlanAccess access) {
        this.plans = plans;
        this.editing = editing;
        this.access = access;
    }

    @GetMapping("/plans/{id}/recommendations/new")
    @Transactional(readOnly = true)
    String add(@PathVariable long id, Authentication auth, Model model) {
        FormAccess.requireManager(access, auth);
        RecommendationForm form = new RecommendationForm();
        form.setResponsibility(Responsibility.OURS);
        return show(model, plan(id, auth), null, form);
    }

    @PostMapping("/plans/{id}/recommendations/new")
    String add(@PathVariable long id, Authentication auth, @Valid @ModelAttribute("recommendationForm")
               RecommendationForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        FormAccess.requireManager(access, auth);
        ActionPlan plan = plan(id, auth);
        checkNumber(plan, null, form, errors);
        if (errors.hasErrors()) {
            return show(model, plan, null, form);
        }
        long recId = editing.add(id, form);
        redirect.addFlashAttribute("notice", "Recommendation " + form.getNumber().strip() + " has been added");
        return "redirect:/plans/" + id + "/recommendations/" + recId;
    }

    @GetMapping("/plans/{id}/recommendations/{recId}/edit")
    @Transactional(readOnly = true)
    String edit(@PathVariable long id, @PathVariable long recId, Authentication auth, Model model) {
        FormAccess.requireManager(access, auth);
        ActionPlan plan = plan(id, auth);
        Recommendation rec = recommendation(plan, recId);
        return show(model, plan, rec, RecommendationForm.from(rec));
    }

    @PostMapping("/plans/{id}/recommendations/{recId}/edit")
    String edit(@PathVariable long id, @PathVariable long recId, Authentication auth,
                @Valid @ModelAttribute("recommendationForm") RecommendationForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        FormAccess.requireManager(access, auth);
        ActionPlan plan = plan(id, auth);
        Recommendation rec = recommendation(plan, recId);
        checkNumber(plan, rec, form, errors);
        if (errors.hasErrors()) {
            return show(model, plan, rec, form);
        }
        editing.revise(id, recId, form);
        redirect.addFlashAttribute("notice", "Your changes to the recommendation have been saved");
        return "redirect:/plans/" + id + "/recommendations/" + recId;
    }

    @GetMapping("/plans/{id}/workstreams/new")
    @Transactional(readOnly = true)
    String addWorkstream(@PathVariable long id, Authentication auth, Model model) {
        FormAccess.requireManager(access, auth);
        model.addAttribute("plan", plan(id, auth));
        model.addAttribute("workstreamForm", new WorkstreamForm());
        return "plan/workstream-form";
    }

    @PostMapping("/plans/{id}/workstreams/new")
    String addWorkstream(@PathVariable long id, Authentication auth, @Valid @ModelAttribute("workstreamForm")
                         WorkstreamForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        FormAccess.requireManager(access, auth);
        ActionPlan plan = plan(id, auth);
        if (form.getNumber() != null && plan.findWorkstream(form.getNumber()).isPresent()) {
            errors.rejectValue("number", "taken", "Workstream " + form.getNumber().strip()
                    + " already exists in this plan: enter a different number");
        }
        if (errors.hasErrors()) {
            model.addAttribute("plan", plan);
            return "plan/workstream-form";
        }
        editing.addWorkstream(id, form);
        redirect.addFlashAttribute("notice", "Workstream " + form.getNumber().strip() + " has been added");
        return "redirect:/plans/" + id;
    }

    private static void checkNumber(ActionPlan plan, Recommendation self, RecommendationForm form, BindingResult errors) {
        if (form.getNumber() != null && plan.findRecommendation(form.getNumber()).filter(r -> r != self).isPresent()) {
            errors.rejectValue("number", "taken", "Recommendation " + form.getNumber().strip()
                    + " already exists in this plan: enter a different number");
        }
    }

    private String show(Model model, ActionPlan plan, Recommendation rec, RecommendationForm form) {
        model.addAttribute("plan", plan);
        model.addAttribute("rec", rec);
        model.addAttribute("recommendationForm", form);
        model.addAttribute("themes", RecommendationForm.THEMES);
        model.addAttribute("responsibilities", Responsibility.values());
        return "plan/recommendation-form";
    }

    private ActionPlan plan(long id, Authentication auth) {
        return FormAccess.requireManager(access, auth, plans.findById(id).orElseThrow(FormAccess::notFound));
    }

    private static Recommendation recommendation(ActionPlan plan, long recId) {
        return plan.getRecommendations().stream().filter(r -> r.getId() == recId).findFirst()
                .orElseThrow(FormAccess::notFound);
    }
}
