package org.oversight.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.thymeleaf.util.StringUtils;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The filterable table of a plan's actions, and "My actions" for a lead. */
@Controller
@Transactional(readOnly = true)
class ActionListPages {
    private final PlanRepository plans;
    private final ActionRepository actions;
    private final PlanAccess access;
    private final Clock clock;
    private final PlanStandings standings;
    private final ActionListings listings;

    ActionListPages(PlanRepository plans, ActionRepository actions, PlanAccess access, Clock clock,
                    PlanStandings standings, ActionListings listings) {
        this.standings = standings;
        this.listings = listings;
        this.plans = plans;
        this.actions = actions;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}/actions")
    String table(@PathVariable long id, @ModelAttribute("filter") ActionFilter filter, Authentication auth,
                 HttpServletRequest request, Model model) {
        ActionPlan plan = plans.findById(id).filter(p -> access.canRead(auth, p))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // each action's status today as kept for the plan's revision, and what the table lists and
        // filters by as kept for it too: not the plan's actions and leads read for every request
        PlanStandings.Standing standing = standings.of(plan, LocalDate.now(clock));
        ActionListings.Listing listing = listings.of(plan);
        List<ActionListings.Entry> rows = filter.apply(listing.entries(), standing.byAction()::get);
        model.addAttribute("plan", plan);
        model.addAttribute("a", standing);
        model.addAttribute("rows", rows);
        model.addAttribute("listed", DashboardView.ActionList.of(rows, standing.byAction()::get, request.getContextPath()));
        model.addAttribute("leads", listing.leads());
        model.addAttribute("organisations", listing.organisations());
        model.addAttribute("rags", RagChoices.of(plan));
        model.addAttribute("priorities", Priority.values());
        return "plan/actions";
    }

    @GetMapping("/my-actions")
    String mine(Authentication auth, HttpServletRequest request, Model model) {
        List<Action> led = actions.findLedBy(auth.getName());
        LocalDate today = LocalDate.now(clock);
        List<MyAction> rows = led.stream().map(a -> a.getRecommendation().getPlan()).distinct()
                .flatMap(p -> {
                    PlanStandings.Standing standing = standings.of(p, today);
                    return led.stream().filter(a -> a.getRecommendation().getPlan() == p)
                            .map(a -> new MyAction(a, standing.of(a), standing.lastUpdated(a).orElse(null)));
                })
                .sorted(Comparator.comparing((MyAction m) -> -m.status().rag().severity())
                        .thenComparing(m -> m.action().getReference()))
                .toList();
        model.addAttribute("rows", rows);
        StringBuilder html = new StringBuilder(rows.size() * 700);
        rows.forEach(m -> m.writeTo(html, request.getContextPath()));
        model.addAttribute("rowsHtml", html.toString());
        return "plan/my-actions";
    }

    /**
     * One of my actions with its status today and the date of its latest update (null: none yet).
     * Its table row is written here, as the dashboard's are: a lead may hold hundreds of actions.
     */
    record MyAction(Action action, StatusAssessment status, LocalDate lastUpdated) {
        void writeTo(StringBuilder html, String contextPath) {
            html.append("<tr class=\"govuk-table__row\">\n      <td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"")
                    .append(contextPath).append("/actions/").append(action.getId()).append("\">")
                    .append(RagTag.text(action.getReference() + " " + StringUtils.abbreviate(action.getDescription(), 90)))
                    .append("</a></td>\n      <td class=\"govuk-table__cell\">")
                    .append(RagTag.text(action.getRecommendation().getPlan().getTitle()))
                    .append("</td>\n      <td class=\"govuk-table__cell\">")
                    .append(RagTag.text(lastUpdated != null ? LongDate.of(lastUpdated) : "None yet"))
                    .append("</td>\n      <td class=\"govuk-table__cell\">");
            RagTag.writeStatusTo(html, status, status.headline()).append("</td>\n    </tr>\n");
        }
    }
}
