package org.oversight.sharing;

import java.util.Arrays;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.oversight.account.OrganisationAuthority;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /sharing}: a council's plan managers choose what of their council leaves it (a plan, a
 * set of indicators) and for which group, and withdraw it. Someone serving the whole instance
 * names the council with {@code ?organisation=}.
 */
@Controller
class SharingPages {
    private final Sharing sharing;
    private final SharingGroupRepository groups;
    private final PlanRepository plans;
    private final OrganisationRepository organisations;

    SharingPages(Sharing sharing, SharingGroupRepository groups, PlanRepository plans, OrganisationRepository organisations) {
        this.sharing = sharing;
        this.groups = groups;
        this.plans = plans;
        this.organisations = organisations;
    }

    @GetMapping("/sharing")
    String page(CurrentUser person, @RequestParam(required = false) Long organisation, Model model) {
        Long council = councilOf(person, organisation);
        model.addAttribute("councils", person.organisationId() == null ? organisations.findAllByOrderByName() : List.of());
        if (council == null) {
            return "sharing/sharing";
        }
        model.addAttribute("council", organisations.findById(council).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("plans", plans.findByOwner_IdAndArchivedFalseOrderByTitle(council));
        model.addAttribute("groups", groups.findWithMember(council));
        model.addAttribute("shared", sharing.sharedBy(council));
        model.addAttribute("planTitles", plans.findByOwner_IdAndArchivedFalseOrderByTitle(council).stream()
                .collect(java.util.stream.Collectors.toMap(ActionPlan::getId, ActionPlan::getTitle)));
        return "sharing/sharing";
    }

    @PostMapping("/sharing/plans")
    String sharePlan(CurrentUser person, @RequestParam(required = false) Long organisation,
                     @RequestParam(required = false) Long plan, @RequestParam(required = false) Long group,
                     RedirectAttributes redirect) {
        Long council = councilOf(person, organisation);
        if (council == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (plan == null || group == null) {
            return refused(redirect, council, plan == null ? "sharing.refused.noPlan" : "sharing.refused.noGroup");
        }
        ActionPlan chosen = plans.findById(plan).filter(p -> !p.isArchived() && council.equals(p.getOwnerId())).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return done(redirect, council, () -> sharing.sharePlan(chosen, group, person).getGroup().getName());
    }

    @PostMapping("/sharing/indicators")
    String shareIndicators(CurrentUser person, @RequestParam(required = false) Long organisation,
                           @RequestParam(required = false) String codes, @RequestParam(required = false) Long group,
                           RedirectAttributes redirect) {
        Long council = councilOf(person, organisation);
        if (council == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (group == null) {
            return refused(redirect, council, "sharing.refused.noGroup");
        }
        List<String> list = codes == null ? List.of() : Arrays.stream(codes.split(",")).map(String::strip)
                .filter(c -> !c.isEmpty()).distinct().toList();
        return done(redirect, council, () -> sharing.shareIndicators(council, list, group, person).getGroup().getName());
    }

    @PostMapping("/sharing/withdraw")
    String withdraw(CurrentUser person, @RequestParam(required = false) Long item,
                    @RequestParam(required = false) Long organisation, RedirectAttributes redirect) {
        Long council = councilOf(person, organisation);
        if (item == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            sharing.withdraw(item, person);
        } catch (SharingRefused refused) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "sharing.withdrawn");
        return back(council);
    }

    private String done(RedirectAttributes redirect, Long council, java.util.function.Supplier<String> share) {
        try {
            redirect.addFlashAttribute("sharedWith", share.get());
            return back(council);
        } catch (SharingRefused refused) {
            return refused(redirect, council, refused.getMessage());
        }
    }

    private static String refused(RedirectAttributes redirect, Long council, String problem) {
        redirect.addFlashAttribute("problem", problem);
        return back(council);
    }

    private static String back(Long council) {
        return council == null ? "redirect:/sharing" : "redirect:/sharing?organisation=" + council;
    }

    /**
     * The council the person shares for: their own, or (serving the whole instance) the one named.
     * An adviser shares for none.
     */
    private static Long councilOf(CurrentUser person, Long named) {
        Long own = person.organisationId();
        if (own != null && own == OrganisationAuthority.OUTSIDE_EVERY_ORGANISATION) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return own != null ? own : named;
    }
}
