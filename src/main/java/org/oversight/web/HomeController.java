package org.oversight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.oversight.notification.Notifications;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.UpdateRounds;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where people land after signing in: their notifications, the open rounds waiting for their
 * updates and whether they have given them, for plan managers every open round with who is
 * still to update, and their actions due within four weeks or overdue. Anyone not signed in
 * goes to the plans.
 */
@Controller
class HomeController {
    private static final int DUE_WITHIN_DAYS = 28;
    private static final int NOTIFICATIONS_SHOWN = 10;
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
        CurrentUser user = CurrentUser.of(auth);
        if (!user.isSignedIn()) {
            return "redirect:/plans";
        }
        LocalDate today = LocalDate.now(clock);
        List<RoundAtHome> open = rounds.openWithinReach(user.organisationId(), user.username()).stream()
                .map(r -> RoundAtHome.of(rounds.returnsOf(r), user.username(), today)).toList();
        model.addAttribute("notifications", notifications.recentFor(user.username(), NOTIFICATIONS_SHOWN));
        model.addAttribute("myRounds", open.stream().filter(RoundAtHome::leadsAny).toList());
        model.addAttribute("allRounds", user.canManagePlans() ? open : List.of());
        model.addAttribute("due", actions.findLedBy(user.username()).stream()
                .filter(a -> !a.isComplete() && a.getDueDate() != null && !a.getDueDate().isAfter(today.plusDays(DUE_WITHIN_DAYS)))
                .toList());
        model.addAttribute("today", today);
        return "home";
    }
}
