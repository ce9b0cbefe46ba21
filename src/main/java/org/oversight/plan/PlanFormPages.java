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

/** Creating and editing a plan: its source, period, owner, cadence, legend and rounds. */
@Controller
class PlanFormPages {
    private final PlanRepository plans;
    private final OrganisationRepository organisations;
    private final PlanEditing editing;
    private final PlanAccess access;

    PlanFormPages(PlanRepository plans, OrganisationRepository organisations, PlanEditing editing, PlanAccess access) {
        this.plans = plans;
        this.organisations = organisations;
        this.editing = editing;
        this.access = access;
    }

    @GetMapping("/plans/new")
    String create(Authentication auth, Model model) {
        FormAccess.requireManager(access, auth);
        return show(model, new PlanForm(), null, auth);
    }

    @PostMapping("/plans/new")
    String create(Authentication auth, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        FormAccess.requireManager(access, auth);
        ownedByOwnOrganisation(form, auth);
        check(form, errors);
        if (errors.hasErrors()) {
            return show(model, form, null, auth);
        }
        long id = editing.create(form);
        redirect.addFlashAttribute("notice", "The plan " + form.getTitle().strip() + " has been created");
        return "redirect:/plans/" + id;
    }

    @GetMapping("/plans/{id}/edit")
    @Transactional(readOnly = true)
    String edit(@PathVariable long id, Authentication auth, Model model) {
        FormAccess.requireManager(access, auth);
        ActionPlan plan = plan(id, auth);
        return show(model, PlanForm.from(plan), plan, auth);
    }

    @PostMapping("/plans/{id}/edit")
    String edit(@PathVariable long id, Authentication auth, @Valid @ModelAttribute("planForm") PlanForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        FormAccess.requireManager(access, auth);
        ActionPlan plan = plan(id, auth);
        ownedByOwnOrganisation(form, auth);
        check(form, errors);
        if (errors.hasErrors()) {
            return show(model, form, plan, auth);
        }
        editing.revise(id, form);
        redirect.addFlashAttribute("notice", "Your changes to the plan have been saved");
        return "redirect:/plans/" + id;
    }

    /**
     * Someone who belongs to an organisation creates and keeps plans for it: whatever the form
     * says, the plan is owned by their organisation.
     */
    private void ownedByOwnOrganisation(PlanForm form, Authentication auth) {
        Long organisation = access.organisationOf(auth);
        if (organisation != null) {
            form.setOwnerId(organisation);
            form.setNewOwner(null);
        }
    }

    private static void check(PlanForm form, BindingResult errors) {
        boolean typed = form.getNewOwner() != null && !form.getNewOwner().isBlank();
        if (form.getOwnerId() == null && !typed) {
            errors.rejectValue("ownerId", "required", "Select the organisation that owns the plan, or type a new one");
        }
        if (form.getPeriodStart() != null && form.getPeriodEnd() != null
                && form.getPeriodEnd().isBefore(form.getPeriodStart())) {
            errors.rejectValue("periodEnd", "beforeStart", "The plan period must end on or after the day it starts");
        }
        if (form.getColours().isEmpty()) {
            errors.rejectValue("colours", "required", "Select at least one colour for the legend");
        } else if (form.getCompleteColour() != null && !form.getColours().contains(form.getCompleteColour())) {
            errors.rejectValue("completeColour", "notInLegend",
                    "The colour that means completed must be one of the legend's colours");
        }
    }

    private String show(Model model, PlanForm form, ActionPlan plan, Authentication auth) {
        Long organisation = access.organisationOf(auth);
        model.addAttribute("planForm", form);
        model.addAttribute("plan", plan);
        model.addAttribute("organisations", organisations.findAllByOrderByName());
        model.addAttribute("ownOrganisation", organisation == null ? null : organisations.findById(organisation).orElse(null));
        model.addAttribute("cadences", UpdateCadence.values());
        model.addAttribute("legendColours", PlanForm.LEGEND_COLOURS);
        model.addAttribute("completeColours", PlanForm.COMPLETE_COLOURS);
        return "plan/plan-form";
    }

    private ActionPlan plan(long id, Authentication auth) {
        return FormAccess.requireManager(access, auth, plans.findById(id).orElseThrow(FormAccess::notFound));
    }
}
