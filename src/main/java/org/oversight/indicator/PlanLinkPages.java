package org.oversight.indicator;

import jakarta.validation.Valid;
import java.util.List;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanItemNotFound;
import org.oversight.plan.PlanRepository;
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
    private final IndicatorLinks links;
    private final IndicatorBoard board;

    PlanLinkPages(PlanRepository plans, IndicatorLinks links, IndicatorBoard board) {
        this.plans = plans;
        this.links = links;
        this.board = board;
    }

    @GetMapping("/plans/{id}/indicators/link")
    String form(@PathVariable long id, @RequestParam(required = false) Long recommendation,
                @RequestParam(name = "action", required = false) Long action, Model model) {
        LinkForm form = new LinkForm();
        form.setRecommendation(recommendation);
        form.setActionId(action);
        model.addAttribute("linkForm", form);
        return page(plan(id), recommendation, model);
    }

    @PostMapping("/plans/{id}/indicators/link")
    String link(@PathVariable long id, @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        ActionPlan plan = plan(id);
        if (form.getActionId() != null && plan.actions().stream().noneMatch(a -> a.getId().equals(form.getActionId()))) {
            errors.rejectValue("actionId", "notInPlan", "Select one of this plan's actions");
        }
        if (errors.hasErrors()) {
            return page(plan, form.getRecommendation(), model);
        }
        links.link(form.getIndicatorId(), form.getActionId());
        Indicator indicator = board.indicator(form.getIndicatorId());
        Action action = plan.actions().stream().filter(a -> a.getId().equals(form.getActionId())).findFirst().orElseThrow();
        redirect.addFlashAttribute("notice", indicator.getCode() + " is now linked to action " + action.getReference());
        return "redirect:/plans/" + id + "/indicators/link"
                + (form.getRecommendation() == null ? "" : "?recommendation=" + form.getRecommendation());
    }

    private String page(ActionPlan plan, Long recommendation, Model model) {
        List<Action> actions = plan.actions().stream().filter(a -> recommendation == null
                || a.getRecommendation().getId().equals(recommendation)).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("actions", actions.isEmpty() ? plan.actions() : actions);
        model.addAttribute("indicators", board.all());
        model.addAttribute("planLinks", links.linksIn(plan.actions()));
        return "indicator/plan-link";
    }

    private ActionPlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> PlanItemNotFound.plan(id));
    }
}
