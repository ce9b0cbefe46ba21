package org.oversight.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.oversight.account.CurrentUser;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanAccess;
import org.oversight.plan.PlanItemNotFound;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.RoundReturns;
import org.oversight.plan.UpdateRound;
import org.oversight.plan.UpdateRounds;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Plan managers' view of a plan's rounds: who has and has not updated, opening and closing rounds. */
@Controller
class RoundPages {
    private final UpdateRounds rounds;
    private final PlanRepository plans;
    private final RoundCalendar calendar;
    private final Clock clock;
    private final PlanAccess access;

    RoundPages(UpdateRounds rounds, PlanRepository plans, RoundCalendar calendar, Clock clock, PlanAccess access) {
        this.access = access;
        this.rounds = rounds;
        this.plans = plans;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}/rounds")
    @Transactional(readOnly = true)
    String list(@PathVariable long id, Authentication auth, Model model) {
        ActionPlan plan = plan(id, auth);
        model.addAttribute("plan", plan);
        model.addAttribute("rounds", rounds.of(plan));
        model.addAttribute("next", calendar.latestAsAt(plan, LocalDate.now(clock)).orElse(null));
        return "notification/rounds";
    }

    @PostMapping("/plans/{id}/rounds")
    String open(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        LocalDate asAt = calendar.latestAsAt(plan(id, auth), LocalDate.now(clock))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "No round is due yet"));
        UpdateRound round = rounds.open(id, asAt, calendar.dueOn(asAt));
        return "redirect:/plans/" + id + "/rounds/" + round.getId();
    }

    @GetMapping("/plans/{id}/rounds/{roundId}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, @PathVariable long roundId, Authentication auth, Model model) {
        UpdateRound round = round(id, roundId, auth);
        RoundReturns returns = rounds.returnsOf(round);
        model.addAttribute("plan", round.getPlan());
        model.addAttribute("round", round);
        model.addAttribute("returns", returns);
        return "notification/round";
    }

    @PostMapping("/plans/{id}/rounds/{roundId}/close")
    String close(@PathVariable long id, @PathVariable long roundId, Authentication auth, RedirectAttributes redirect) {
        UpdateRound round = round(id, roundId, auth);
        if (round.isClosed()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "This round is already closed");
        }
        rounds.close(roundId, CurrentUser.of(auth).displayName());
        redirect.addFlashAttribute("notice", "The round is closed. Its snapshot is fixed for the reports.");
        return "redirect:/plans/" + id + "/rounds/" + roundId;
    }

    /** The plan, when the person may manage it: 404 when they may not read it, 403 when they may only read it. */
    private ActionPlan plan(long id, Authentication auth) {
        return managed(plans.findById(id).filter(p -> !p.isArchived())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), auth);
    }

    private ActionPlan managed(ActionPlan plan, Authentication auth) {
        if (!access.canRead(auth, plan)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!access.canManage(auth, plan)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This plan belongs to another organisation");
        }
        return plan;
    }

    private UpdateRound round(long planId, long roundId, Authentication auth) {
        try {
            UpdateRound round = rounds.find(roundId);
            if (!round.getPlan().getId().equals(planId)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            managed(round.getPlan(), auth);
            return round;
        } catch (PlanItemNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
