package org.oversight.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the action page shows: status with reasons, history, dependencies both ways. */
@Component
class ActionPageModel {
    private final ActionRepository actions;
    private final PlanAssessor assessor;
    private final PlanAccess access;
    private final Clock clock;
    private final AuditTrail audit;
    private final PlanStandings standings;

    ActionPageModel(ActionRepository actions, PlanAssessor assessor, PlanAccess access, Clock clock, AuditTrail audit,
                    PlanStandings standings) {
        this.standings = standings;
        this.actions = actions;
        this.assessor = assessor;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
    }

    void fill(Model model, Action action, Authentication auth, UpdateForm form) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("action", action);
        // the status kept for the plan's revision when there is one; otherwise the action and what it depends on, assessed
        ActionPlan plan = action.getRecommendation().getPlan();
        model.addAttribute("status", standings.ifKept(plan, today)
                .filter(s -> s.byAction().containsKey(action.getId())).map(s -> s.of(action))
                .orElseGet(() -> assessor.assess(action, today)));
        model.addAttribute("asAt", today);
        model.addAttribute("timescaleWords", TimescaleWords.of(action));
        model.addAttribute("dependents", actions.findDependents(action));
        List<UpdateHistory> history = UpdateHistory.of(action);
        model.addAttribute("history", history);
        model.addAttribute("historyRows", UpdateHistory.rowsHtml(history));
        model.addAttribute("canUpdate", access.canUpdate(auth, action));
        model.addAttribute("canManage", access.canManage(auth, action.getRecommendation().getPlan()));
        model.addAttribute("updateForm", form);
        model.addAttribute("rags", RagChoices.of(action.getRecommendation().getPlan()));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("auditRecords", access.reaches(auth, action.getRecommendation().getPlan()) ? audit.recordsOf("Action", action.getId()) : java.util.List.of());
    }
}
