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
        List<ProgressUpdate> newest = actions.findUpdatesNewestFirst(action,
                allHistory ? Limit.unlimited() : Limit.of(UPDATES_SHOWN + 1));
        boolean moreUpdates = newest.size() > UPDATES_SHOWN && !allHistory;
        List<UpdateHistory> history = UpdateHistory.of(moreUpdates ? newest.subList(0, UPDATES_SHOWN) : newest,
                moreUpdates ? ratedBefore(action, newest.get(UPDATES_SHOWN)) : null);
        model.addAttribute("history", history);
        model.addAttribute("historyRows", UpdateHistory.rowsHtml(history));
        model.addAttribute("updatesInAll", moreUpdates ? actions.countUpdates(action) : history.size());
        model.addAttribute("canUpdate", access.canUpdate(auth, action));
        model.addAttribute("canManage", access.canManage(auth, action.getRecommendation().getPlan()));
        model.addAttribute("updateForm", form);
        model.addAttribute("rags", RagChoices.of(action.getRecommendation().getPlan()));
        model.addAttribute("statuses", ActionStatus.values());
        List<AuditRecord> records = !access.reaches(auth, action.getRecommendation().getPlan()) ? List.of()
                : allHistory ? audit.recordsOf("Action", action.getId()) : audit.recordsOf("Action", action.getId(), CHANGES_SHOWN + 1);
        boolean moreChanges = records.size() > CHANGES_SHOWN && !allHistory;
        model.addAttribute("auditRecords", moreChanges ? records.subList(0, CHANGES_SHOWN) : records);
        model.addAttribute("changesInAll", moreChanges ? audit.countOf("Action", action.getId()) : records.size());
    }

    /** The RAG of the given update, or of the newest rated one before it: what the oldest update shown changed from. */
    private RagColour ratedBefore(Action action, ProgressUpdate next) {
        if (next.getRag() != null) {
            return next.getRag();
        }
        return actions.findRatedBefore(action, next.getAsAt(), next.getRecordedAt(), next.getId(), Limit.of(1))
                .stream().map(ProgressUpdate::getRag).findFirst().orElse(null);
    }
}
