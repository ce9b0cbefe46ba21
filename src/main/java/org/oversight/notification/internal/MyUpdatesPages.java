package org.oversight.notification.internal;

import java.util.ArrayList;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.oversight.plan.Action;
import org.oversight.plan.ActionChangedMeanwhile;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.ActionStatus;
import org.oversight.plan.PlanAccess;
import org.oversight.plan.ProgressReport;
import org.oversight.plan.ProgressUpdates;
import org.oversight.plan.RoundReturns;
import org.oversight.plan.UpdateRound;
import org.oversight.plan.UpdateRounds;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lead updates every action they lead in a round from one page. Each action's section is
 * checked on its own, and saved against the version of the action the lead saw; an action
 * someone else changed meanwhile is not saved, and the lead is told which.
 */
@Controller
class MyUpdatesPages {
    private final UpdateRounds rounds;
    private final ActionRepository actions;
    private final ProgressUpdates updates;
    private final PlanAccess access;

    MyUpdatesPages(UpdateRounds rounds, ActionRepository actions, ProgressUpdates updates, PlanAccess access) {
        this.access = access;
        this.rounds = rounds;
        this.actions = actions;
        this.updates = updates;
    }

    @GetMapping("/rounds/{id}/my-updates")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, Authentication auth, Model model) {
        RoundReturns returns = returns(id, auth);
        RoundUpdatesForm form = new RoundUpdatesForm();
        returns.ledBy(auth.getName()).forEach(r -> form.getEntries().add(new RoundUpdatesForm.Entry(
                r.action().getId(), r.action().getVersion(), r.action().getStatus())));
        return page(model, returns, auth, form, new RoundProblems());
    }

    @PostMapping("/rounds/{id}/my-updates")
    String save(@PathVariable long id, Authentication auth, @ModelAttribute("form") RoundUpdatesForm form,
                Model model, RedirectAttributes redirect) {
        RoundReturns returns = returns(id, auth);
        List<Long> mine = returns.ledBy(auth.getName()).stream().map(r -> r.action().getId()).toList();
        if (!mine.containsAll(form.getEntries().stream().map(RoundUpdatesForm.Entry::getActionId).toList())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "You do not lead all of these actions");
        }
        if (form.getEntries().size() != mine.size()) {
            return show(id, auth, model);
        }
        RoundProblems problems = RoundEntryChecks.check(form, actions);
        if (!problems.isEmpty()) {
            return page(model, returns, auth, form, problems);
        }
        List<String> saved = new ArrayList<>();
        for (int i = 0; i < form.getEntries().size(); i++) {
            RoundUpdatesForm.Entry entry = form.getEntries().get(i);
            if (!entry.isBlank()) {
                saveOne(returns.round(), entry, i, auth, saved, problems);
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("saved", saved);
            return page(model, rounds.returnsOf(rounds.find(id)), auth, form, problems);
        }
        redirect.addFlashAttribute("notice", "Your updates on " + String.join(", ", saved) + " have been saved");
        return "redirect:/rounds/" + id + "/my-updates";
    }

    private void saveOne(UpdateRound round, RoundUpdatesForm.Entry entry, int index, Authentication auth,
                         List<String> saved, RoundProblems problems) {
        Action action = actions.findById(entry.getActionId()).orElseThrow();
        try {
            updates.post(action.getId(), entry.getVersion(), new ProgressReport(round.getAsAt(), entry.getText(),
                    entry.getRag(), entry.getStatus(), List.of()), CurrentUser.of(auth).displayName());
            saved.add(action.getReference());
            entry.setText(null);
        } catch (ActionChangedMeanwhile conflict) {
            problems.add("entries" + index + ".text", "Action " + action.getReference() + ": " + conflict.getMessage());
            entry.setVersion(conflict.currentVersion());
        }
    }

    /** The round's returns; a round of a plan the person may not read answers as if it did not exist. */
    private RoundReturns returns(long id, Authentication auth) {
        try {
            UpdateRound round = rounds.find(id);
            if (!access.canRead(auth, round.getPlan())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return rounds.returnsOf(round);
        } catch (org.oversight.plan.PlanItemNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private String page(Model model, RoundReturns returns, Authentication auth, RoundUpdatesForm form,
                        RoundProblems problems) {
        model.addAttribute("round", returns.round());
        model.addAttribute("plan", returns.round().getPlan());
        model.addAttribute("mine", returns.ledBy(auth.getName()));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("colours", returns.round().getPlan().getLegend());
        return "notification/my-updates";
    }
}
