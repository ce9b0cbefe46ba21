package org.oversight.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.oversight.timescale.TimescaleKind;

/**
 * Plans for tests, built by named factory methods. One {@code PlanFixtures} holds one cast of
 * organisations and leads, shared by every plan it builds, so several plans can be stored together.
 * Build in memory with the factory methods; store with {@link #save}.
 */
public final class PlanFixtures {
    /** The latest progress round of the fixture plans: the date their assessments are as at. */
    public static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);
    public static final String LEAD_USERNAME = "lead";
    public static final String NHS_LEAD_USERNAME = "nhslead";

    public final Organisation council = new Organisation("Northshire County Council", OrganisationKind.COUNCIL);
    public final Organisation icb = new Organisation("Northshire Integrated Care Board", OrganisationKind.NHS);
    public final Lead headOfSafeguarding = new Lead(LeadKind.ROLE, "Head of Safeguarding and Quality Assurance", council);
    public final Lead designatedNurse = new Lead(LeadKind.ROLE, "Designated Nurse for Safeguarding Children", icb);

    public PlanFixtures() {
        headOfSafeguarding.assignTo(LEAD_USERNAME);
        designatedNurse.assignTo(NHS_LEAD_USERNAME);
    }

    /**
     * An unpublished plan as at {@link #AS_AT}: recommendation 1 (workstream 1) with action 1.1
     * overdue (red) and 1.2 complete; recommendation 2 with action 2.1, which depends on 1.1 (amber,
     * at risk), and 2.2, a quarterly report (green). Actions 1.x are led by {@code lead}, 2.1 by {@code nhslead}.
     */
    public ActionPlan aPlanWithOverdueActions() {
        ActionPlan plan = new ActionPlan("Improving help and protection for children in Northshire", council,
                LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30));
        plan.describe(plan.getTitle(), "Inspection of local authority children's services", LocalDate.of(2025, 7, 18));
        plan.addRound(LocalDate.of(2026, 1, 31));
        plan.addRound(AS_AT);
        Workstream frontDoor = plan.addWorkstream("1", "The front door", headOfSafeguarding,
                "Children get the right help at the right time");
        frontDoor.addDeliverable("1.1", "Consistent thresholds, understood by partners");
        Recommendation strategy = plan.addRecommendation("1", "Improve the timeliness of strategy discussions",
                Responsibility.OURS);
        strategy.revise(strategy.getText(), "Front door", "Agreed", Responsibility.OURS);
        strategy.placeIn(frontDoor);
        Action audit = action(strategy, "1.1", "Audit strategy discussions held in the MASH each month",
                Priority.HIGH, "January 2026", LocalDate.of(2026, 1, 31), headOfSafeguarding);
        audit.describe(audit.getDescription(), "Strategy discussions held within 24 hours\nPolice and health attend every discussion", null);
        progress(audit, LocalDate.of(2026, 1, 31), "Audit tool agreed; first audit under way", RagColour.AMBER, ActionStatus.IN_PROGRESS);
        Action guidance = action(strategy, "1.2", "Publish revised threshold guidance, \"Right help, right time\"",
                Priority.MEDIUM, "December 2025", LocalDate.of(2025, 12, 31), headOfSafeguarding);
        progress(guidance, LocalDate.of(2025, 12, 15), "Guidance published on the partnership website", RagColour.GREEN, ActionStatus.COMPLETE);
        Recommendation health = plan.addRecommendation("2",
                "Health partners should attend all initial child protection conferences", Responsibility.PARTNER);
        Action attend = action(health, "2.1", "Attend every initial child protection conference, in person or online",
                Priority.HIGH, "June 2026", LocalDate.of(2026, 6, 30), designatedNurse);
        attend.dependOn(audit);
        progress(attend, LocalDate.of(2026, 3, 15), "Attendance at 85% in February", RagColour.GREEN, ActionStatus.IN_PROGRESS);
        Action report = health.addAction("2.2", "Report attendance to the partnership board each quarter");
        report.prioritise(Priority.LOW);
        report.setTimescale(new ActionTimescale("Quarterly", TimescaleKind.RECURRING, "P3M", null), null);
        report.ledBy(List.of(designatedNurse, headOfSafeguarding));
        return plan;
    }

    /** {@link #aPlanWithOverdueActions()}, published so that anyone may read it. */
    public ActionPlan aPublishedPlanWithOverdueActions() {
        ActionPlan plan = aPlanWithOverdueActions();
        plan.publish(true);
        return plan;
    }

    /** An unpublished plan with one recommendation and one action, for checking what is hidden. */
    public ActionPlan aDraftPlan() {
        ActionPlan plan = new ActionPlan("Draft plan for the 2026 focused visit", council,
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
        Recommendation r = plan.addRecommendation("1", "Strengthen management oversight", Responsibility.OURS);
        action(r, "1.1", "Introduce monthly supervision audits", Priority.HIGH, "May 2026",
                LocalDate.of(2026, 5, 31), headOfSafeguarding);
        return plan;
    }

    /** Stores the cast (once) and the plans. */
    public List<ActionPlan> save(OrganisationRepository organisations, LeadRepository leads, PlanRepository plans,
                                 ActionPlan... toSave) {
        if (council.getId() == null) {
            organisations.saveAll(List.of(council, icb));
            leads.saveAll(List.of(headOfSafeguarding, designatedNurse));
        }
        List<ActionPlan> saved = plans.saveAll(List.of(toSave));
        plans.flush();
        return saved;
    }

    private static Action action(Recommendation r, String ref, String description, Priority priority,
                                 String timescale, LocalDate due, Lead lead) {
        Action a = r.addAction(ref, description);
        a.prioritise(priority);
        a.startOn(r.getPlan().getPeriodStart());
        a.setTimescale(new ActionTimescale(timescale, TimescaleKind.DATE, null, null), due);
        a.ledBy(List.of(lead));
        return a;
    }

    private static void progress(Action a, LocalDate asAt, String text, RagColour rag, ActionStatus status) {
        a.recordProgress(new ProgressReport(asAt, text, rag, status, List.of()), "Head of Service",
                asAt.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
