package org.oversight.indicator;

import jakarta.validation.Valid;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanAccess;
import org.oversight.plan.PlanItemNotFound;
import org.oversight.plan.PlanRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Linking indicators from the plan's side: choose an indicator and the plan action whose
 * outcomes it measures (from one recommendation's actions when reached from its page), and
 * see every link the plan has.
 */
@Controller
class PlanLinkPages {
    private final PlanRepository plans;
    private final PlanAccess access;
    private final IndicatorLinks links;
    private final IndicatorBoard board;

    PlanLinkPages(PlanRepository plans, PlanAccess access, IndicatorLinks links, IndicatorBoard board) {
        this.access = access;
        this.plans = plans;
        this.links = links;
        this.board = board;
    }

    @GetMapping("/plans/{id}/indicators/link")
    String form(@PathVariable long id, @RequestParam(required = false) Long recommendation,
                @RequestParam(name = "action", required = false) Long action, Model model, CurrentUser person, Authentication auth) {
        LinkForm form = new LinkForm();
        form.setRecommendation(recommendation);
        form.setActionId(action);
        model.addAttribute("linkForm", form);
        return page(plan(id, auth), recommendation, model, person);
    }

    @PostMapping("/plans/{id}/indicators/link")
    String link(@PathVariable long id, @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult errors,
                Model model, RedirectAttributes redirect, CurrentUser person, Authentication auth) {
        ActionPlan plan = plan(id, auth);
        if (form.getActionId() != null && plan.actions().stream().noneMatch(a -> a.getId().equals(form.getActionId()))) {
            errors.rejectValue("actionId", "notInPlan", "Select one of this plan's actions");
        }
        if (form.getIndicatorId() != null && !manages(person, form.getIndicatorId())) {
            errors.rejectValue("indicatorId", "notReached", "Select one of the indicators listed");
        }
        if (errors.hasErrors()) {
            return page(plan, form.getRecommendation(), model, person);
        }
        links.link(form.getIndicatorId(), form.getActionId());
        Indicator indicator = board.indicator(form.getIndicatorId());
        Action action = plan.actions().stream().filter(a -> a.getId().equals(form.getActionId())).findFirst().orElseThrow();
        redirect.addFlashAttribute("notice", indicator.getCode() + " is now linked to action " + action.getReference());
        return "redirect:/plans/" + id + "/indicators/link"
                + (form.getRecommendation() == null ? "" : "?recommendation=" + form.getRecommendation());
    }

    private boolean manages(CurrentUser person, long indicatorId) {
        try {
            return person.manages(board.indicator(indicatorId, person).getOrganisationId());
        } catch (IndicatorNotFound e) {
            return false;
        }
    }

    private String page(ActionPlan plan, Long recommendation, Model model, CurrentUser person) {
        List<Action> actions = plan.actions().stream().filter(a -> recommendation == null
                || a.getRecommendation().getId().equals(recommendation)).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("actions", actions.isEmpty() ? plan.actions() : actions);
        model.addAttribute("indicators", board.reachedBy(person.organisationId()).stream()
                .filter(i -> person.manages(i.getOrganisationId())).toList());
        model.addAttribute("planLinks", links.linksIn(plan.actions()));
        return "indicator/plan-link";
    }

    /**
     * The plan, if the person manages it: someone of an organisation manages its plans only;
     * another organisation's plan is refused when published, not found otherwise.
     */
    private ActionPlan plan(long id, Authentication auth) {
        ActionPlan plan = plans.findById(id).orElseThrow(() -> PlanItemNotFound.plan(id));
        if (!access.canManage(auth, plan)) {
            if (access.canRead(auth, plan)) {
                throw new AccessDeniedException("Plans of another organisation are managed by their own people");
            }
            throw PlanItemNotFound.plan(id);
        }
        return plan;
    }
}
