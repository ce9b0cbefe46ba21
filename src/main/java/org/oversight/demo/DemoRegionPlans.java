package org.oversight.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.oversight.account.Role;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.ActionStatus;
import org.oversight.plan.ActionTimescale;
import org.oversight.plan.Lead;
import org.oversight.plan.LeadKind;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.ProgressReport;
import org.oversight.plan.RagColour;
import org.oversight.plan.Recommendation;
import org.oversight.plan.Responsibility;
import org.oversight.sharing.Sharing;
import org.oversight.sharing.SharingGroupRepository;
import org.oversight.timescale.TimescaleKind;

/**
 * Small plans of three more councils of the demo region, each shared with the region and with
 * "National", at different stages: Brookfield three months in and on track, Eastmarsh nine months
 * in and slipping (deadlines missed and moved twice), Harrowdene nearly done. Kingsmead and
 * Ashcombe share nothing until someone chooses to. Eight actions each, so the demo loads fast.
 */
final class DemoRegionPlans {
    private static final CurrentUser LOADER = new CurrentUser("system", "Demo loader", Role.ADMINISTRATOR);
    private static final List<String> ACTIONS = List.of("Audit strategy discussions monthly",
            "Publish revised threshold guidance", "Recruit permanent social workers to the front door",
            "Introduce a practice standards framework", "Bring supervision up to monthly for every worker",
            "Review every child in need plan open over a year", "Report to the improvement board each quarter",
            "Commission advocacy for children in care");

    private final PlanRepository plans;
    private final OrganisationRepository organisations;
    private final LeadRepository leads;
    private final Sharing sharing;
    private final SharingGroupRepository groups;

    DemoRegionPlans(PlanRepository plans, OrganisationRepository organisations, LeadRepository leads, Sharing sharing,
                    SharingGroupRepository groups) {
        this.plans = plans;
        this.organisations = organisations;
        this.leads = leads;
        this.sharing = sharing;
        this.groups = groups;
    }

    /** Stages: months into the plan, and how many of the eight actions are done, slipping and moved. */
    private record Stage(String council, int monthsIn, int done, int slipping, int moved) {
    }

    void load(LocalDate today) {
        for (Stage stage : List.of(new Stage("Brookfield City Council", 3, 1, 0, 0),
                new Stage("Eastmarsh County Council", 9, 2, 3, 2), new Stage("Harrowdene Borough Council", 20, 6, 1, 1))) {
            Organisation council = organisations.findByName(stage.council()).orElseThrow();
            ActionPlan plan = plans.save(plan(council, stage, today));
            for (String group : List.of(DemoRegion.REGION, DemoRegion.NATIONAL)) {
                sharing.sharePlan(plan, groups.findByName(group).orElseThrow().getId(), LOADER);
            }
        }
    }

    private ActionPlan plan(Organisation council, Stage stage, LocalDate today) {
        LocalDate start = today.minusMonths(stage.monthsIn()).withDayOfMonth(1);
        String place = council.getName().replace(" City Council", "").replace(" County Council", "").replace(" Borough Council", "");
        ActionPlan plan = new ActionPlan(place + " children's services improvement plan", council, start, start.plusMonths(24).minusDays(1));
        plan.describe(plan.getTitle(), "Ofsted inspection of local authority children's services", start.minusMonths(2));
        Lead lead = leads.save(new Lead(LeadKind.ROLE, "Head of Children's Social Care, " + place, council));
        Recommendation rec = plan.addRecommendation("1", "Strengthen the front door and the quality of practice", Responsibility.OURS);
        for (int month = 1; month <= stage.monthsIn(); month++) {
            plan.addRound(start.plusMonths(month).minusDays(1));
        }
        for (int i = 0; i < ACTIONS.size(); i++) {
            Action action = rec.addAction("1." + (i + 1), ACTIONS.get(i));
            action.startOn(start);
            LocalDate due = start.plusMonths(2L + 3L * i);
            action.setTimescale(new ActionTimescale(due.toString(), TimescaleKind.DATE, null, null), due);
            action.ledBy(List.of(lead));
            progress(action, i, stage, today);
        }
        return plan;
    }

    private static void progress(Action action, int i, Stage stage, LocalDate today) {
        LocalDate latest = today.minusDays(10);
        if (i < stage.done()) {
            report(action, latest, "Done and evidenced", RagColour.GREEN, ActionStatus.COMPLETE);
        } else if (i < stage.done() + stage.slipping()) {
            report(action, latest, "Behind: recruitment and caseloads are holding this back", RagColour.RED, ActionStatus.IN_PROGRESS);
        } else {
            report(action, latest, "On track", RagColour.GREEN, ActionStatus.IN_PROGRESS);
        }
        if (i >= stage.done() && i < stage.done() + stage.moved()) {
            LocalDate due = action.getDueDate();
            action.moveDeadline(due.plusMonths(2), "Improvement board", "Recruitment delayed", "system", due.atStartOfDay().toInstant(ZoneOffset.UTC));
            action.moveDeadline(due.plusMonths(4), "Improvement board", "Recruitment delayed again", "system",
                    due.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }

    private static void report(Action action, LocalDate on, String text, RagColour rag, ActionStatus status) {
        action.recordProgress(new ProgressReport(on, text, rag, status, List.of()), "Head of Service",
                on.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
