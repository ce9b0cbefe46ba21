package org.oversight.plan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The plans list, a plan's dashboard and its recommendation pages. */
@Controller
@Transactional(readOnly = true)
class PlanPages {
    private final PlanRepository plans;
    private final RecommendationRepository recommendations;
    private final PlanAssessor assessor;
    private final PlanAccess access;
    private final Clock clock;
    private final ObjectProvider<BoardDecisions> boardDecisions;
    private final DashboardBodies bodies;
    private final PlanStandings standings;
    private final ActionListings listings;

    PlanPages(PlanRepository plans, RecommendationRepository recommendations, PlanAssessor assessor,
              PlanAccess access, Clock clock, ObjectProvider<BoardDecisions> boardDecisions, DashboardBodies bodies,
              PlanStandings standings, ActionListings listings) {
        this.listings = listings;
        this.bodies = bodies;
        this.standings = standings;
        this.boardDecisions = boardDecisions;
        this.plans = plans;
        this.recommendations = recommendations;
        this.assessor = assessor;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/plans")
    String list(Authentication auth, Model model) {
        List<ActionPlan> visible = access.listed(auth);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("rows", visible.stream().map(p -> new PlanRow(p, standings.of(p, today).tally())).toList());
        model.addAttribute("canManage", access.canManage(auth));
        return "plan/plans";
    }

    @GetMapping("/plans/{id}")
    String dashboard(@PathVariable long id, Authentication auth,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
                     HttpServletRequest request, HttpServletResponse response, Model model) {
        ActionPlan plan = readable(id, auth);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = asAt == null ? today : asAt;
        boolean canManage = access.canManage(auth, plan);
        model.addAttribute("plan", plan);
        model.addAttribute("body", bodies.body(DashboardBodies.Key.of(plan, on, since, today, canManage), () -> {
            LocalDate from = since == null ? plan.getRounds().stream().filter(d -> d.isBefore(on)).reduce((x, y) -> y)
                    .map(d -> d.minusMonths(1)).orElse(on.minusMonths(1)) : since;
            ProgressTimeline timeline = assessor.timeline(plan);
            PlanAssessment assessment = assessor.assess(plan, on, timeline);
            Map<String, Object> body = new HashMap<>();
            body.put("plan", plan);
            body.put("v", DashboardView.of(assessment, request.getContextPath(), listings.of(plan)));
            body.put("asAt", on);
            body.put("since", from);
            PlanChanges changes = PlanChanges.between(assessor.assess(plan, from, timeline), assessment);
            body.put("changes", changes);
            body.put("changeRows", DashboardView.changeRowsHtml(changes, request.getContextPath()));
            body.put("canManage", canManage);
            return body;
        }, request, response));
        return "plan/dashboard";
    }

    @GetMapping("/plans/{planId}/recommendations/{id}")
    String recommendation(@PathVariable long planId, @PathVariable long id, Authentication auth, HttpServletRequest request,
                          Model model) {
        ActionPlan plan = readable(planId, auth);
        Recommendation rec = recommendations.findById(id).filter(r -> r.getPlan() == plan && !r.isArchived())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("plan", plan);
        model.addAttribute("rec", rec);
        model.addAttribute("boardDecisions", boardDecisions.orderedStream().flatMap(b -> b.about(rec).stream())
                .sorted(java.util.Comparator.comparing(BoardDecisionNote::decidedOn)).toList());
        PlanStandings.Standing standing = standings.of(plan, today);
        model.addAttribute("a", standing);
        model.addAttribute("listed", DashboardView.ActionList.of(rec.activeActions(), standing::of, null, request.getContextPath(),
                listings.of(plan)));
        model.addAttribute("asAt", today);
        model.addAttribute("canManage", access.canManage(auth, plan));
        return "plan/recommendation";
    }

    private ActionPlan readable(long id, Authentication auth) {
        return plans.findById(id).filter(p -> access.canRead(auth, p))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A plan in the list with its RAG tally for today. */
    record PlanRow(ActionPlan plan, RagTally tally) {
    }
}
