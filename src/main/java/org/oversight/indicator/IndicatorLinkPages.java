package org.oversight.indicator;

import org.oversight.account.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Links an indicator to the plan actions whose outcomes it measures, and unlinks it: an indicator within reach only. */
@Controller
class IndicatorLinkPages {
    private final IndicatorLinks links;
    private final IndicatorBoard board;

    IndicatorLinkPages(IndicatorLinks links, IndicatorBoard board) {
        this.links = links;
        this.board = board;
    }

    @PostMapping("/indicators/{id}/links")
    String link(@PathVariable long id, @RequestParam(name = "actionId", required = false) Long actionId,
                RedirectAttributes redirect, CurrentUser person) {
        board.indicator(id, person);
        if (actionId == null) {
            redirect.addFlashAttribute("linkProblem", "Select the action this indicator measures");
        } else {
            links.link(id, actionId);
            redirect.addFlashAttribute("notice", "The indicator is now linked to the action");
        }
        return "redirect:/indicators/" + id + "#links";
    }

    @PostMapping("/indicators/{id}/links/{actionId}/delete")
    String unlink(@PathVariable long id, @PathVariable long actionId, RedirectAttributes redirect, CurrentUser person) {
        board.indicator(id, person);
        links.unlink(id, actionId);
        redirect.addFlashAttribute("notice", "The link to the action has been removed");
        return "redirect:/indicators/" + id + "#links";
    }
}
