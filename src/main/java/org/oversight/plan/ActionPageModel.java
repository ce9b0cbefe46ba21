package org.oversight.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.oversight.audit.AuditRecord;
import org.oversight.audit.AuditTrail;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the action page shows: status with reasons, history, dependencies both ways. The
 * progress updates and audit entries shown are the newest {@link #UPDATES_SHOWN} and
 * {@link #CHANGES_SHOWN} unless all are asked for, so that an action with years of history costs
 * no more to open than one with a year's.
 */
@Component
class ActionPageModel {
    static final int UPDATES_SHOWN = 12;
    static final int CHANGES_SHOWN = 10;
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

    void fill(Model model, Action action, Authentication auth, UpdateForm form, boolean allHistory) {
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
        List<UpdateHistory> history = history(action, allHistory);
        long updates = history.size() < UPDATES_SHOWN || allHistory ? history.size() : actions.countUpdates(action);
        model.addAttribute("history", history);
        model.addAttribute("historyRows", UpdateHistory.rowsHtml(history));
        model.addAttribute("updatesInAll", updates);
        model.addAttribute("canUpdate", access.canUpdate(auth, action));
        model.addAttribute("canManage", access.canManage(auth, action.getRecommendation().getPlan()));
        model.addAttribute("updateForm", form);
        model.addAttribute("rags", RagChoices.of(action.getRecommendation().getPlan()));
        model.addAttribute("statuses", ActionStatus.values());
        boolean audited = access.reaches(auth, action.getRecommendation().getPlan());
        List<AuditRecord> records = !audited ? List.of()
                : allHistory ? audit.recordsOf("Action", action.getId()) : audit.recordsOf("Action", action.getId(), CHANGES_SHOWN);
        model.addAttribute("auditRecords", records);
        model.addAttribute("changesInAll", records.size() < CHANGES_SHOWN || allHistory ? records.size()
                : audit.countOf("Action", action.getId()));
    }

    /** The newest updates (all of them when asked), with the RAG before the oldest shown. */
    private List<UpdateHistory> history(Action action, boolean all) {
        List<ProgressUpdate> newest = actions.findUpdatesNewestFirst(action, all ? Limit.unlimited() : Limit.of(UPDATES_SHOWN));
        RagColour before = null;
        if (!all && newest.size() == UPDATES_SHOWN) {
            ProgressUpdate oldest = newest.get(newest.size() - 1);
            before = actions.findRatedBefore(action, oldest.getAsAt(), oldest.getRecordedAt(), oldest.getId(), Limit.of(1))
                    .stream().map(ProgressUpdate::getRag).findFirst().orElse(null);
        }
        return UpdateHistory.of(newest, before);
    }
}
