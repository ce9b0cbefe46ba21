package org.oversight.web;

import java.time.Clock;
import java.time.LocalDate;
import org.oversight.notification.Notifications;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.UpdateRounds;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of a signed-in person: their notifications, the rounds waiting for their
 * updates, and their actions due within four weeks or overdue. Anyone else goes to the plans.
 */
@Controller
class HomeController {
    private static final int DUE_WITHIN_DAYS = 28;
    private final Notifications notifications;
    private final UpdateRounds rounds;
    private final ActionRepository actions;
    private final Clock clock;

    HomeController(Notifications notifications, UpdateRounds rounds, ActionRepository actions, Clock clock) {
        this.notifications = notifications;
        this.rounds = rounds;
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(Authentication auth, Model model) {
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return "redirect:/plans";
        }
        LocalDate soon = LocalDate.now(clock).plusDays(DUE_WITHIN_DAYS);
        model.addAttribute("notifications", notifications.recentFor(auth.getName(), 10));
        model.addAttribute("rounds", rounds.openFor(auth.getName()));
        model.addAttribute("due", actions.findLedBy(auth.getName()).stream()
                .filter(a -> !a.isComplete() && a.getDueDate() != null && !a.getDueDate().isAfter(soon)).toList());
        return "home";
    }
}
