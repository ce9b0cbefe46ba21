package org.oversight.indicator;

import org.oversight.account.CurrentUser;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.PlanAccess;
import org.oversight.plan.PlanItemNotFound;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Links an indicator to the plan actions whose outcomes it measures, and unlinks it: an
 * indicator the person's organisation manages, to an action of a plan they manage. Another
 * organisation's indicator or action is not found.
 */
@Controller
class IndicatorLinkPages {
    private final IndicatorLinks links;
    private final IndicatorBoard board;
    private final ActionRepository actions;
    private final PlanAccess plans;

    IndicatorLinkPages(IndicatorLinks links, IndicatorBoard board, ActionRepository actions, PlanAccess plans) {
        this.links = links;
        this.board = board;
        this.actions = actions;
        this.plans = plans;
    }

    @PostMapping("/indicators/{id}/links")
    String link(@PathVariable long id, @RequestParam(name = "actionId", required = false) Long actionId,
                RedirectAttributes redirect, CurrentUser person, Authentication auth) {
        board.managed(id, person);
        if (actionId == null) {
            redirect.addFlashAttribute("linkProblem", "Select the action this indicator measures");
        } else {
            managedAction(actionId, auth);
            links.link(id, actionId);
            redirect.addFlashAttribute("notice", "The indicator is now linked to the action");
        }
        return "redirect:/indicators/" + id + "#links";
    }

    @PostMapping("/indicators/{id}/links/{actionId}/delete")
    String unlink(@PathVariable long id, @PathVariable long actionId, RedirectAttributes redirect, CurrentUser person,
                  Authentication auth) {
        board.managed(id, person);
        managedAction(actionId, auth);
        links.unlink(id, actionId);
        redirect.addFlashAttribute("notice", "The link to the action has been removed");
        return "redirect:/indicators/" + id + "#links";
    }

    /** The action must be one of a plan the person manages; any other is not found. */
    private void managedAction(long actionId, Authentication auth) {
        actions.findById(actionId).filter(a -> plans.canManage(auth, a.getRecommendation().getPlan()))
                .orElseThrow(() -> PlanItemNotFound.action(actionId));
    }
}
