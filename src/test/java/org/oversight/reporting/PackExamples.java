package org.oversight.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanAssessor;
import org.oversight.plan.PlanFixtures;
import org.oversight.reporting.internal.PackAssembler;
import org.oversight.reporting.internal.PreviousPack;

/** Packs built from the fixture plans without a database, with follow-ups and an indicator to show. */
final class PackExamples {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-02T09:00:00Z"), ZoneOffset.UTC);
    static final String BOARD = "Corporate Parenting Panel";
    static final String TREND = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"30\" viewBox=\"0 0 120 30\">"
            + "<polyline points=\"0,25 40,18 80,12 120,6\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\"/></svg>";

    static final BoardFollowUpSource FOLLOW_UPS = (board, organisationId, asAt) -> List.of(
            new FollowUpRow("CPP/17/23", "12 January 2026", "Report on children with three or more placement moves",
                    "Head of Children in Care", LocalDate.of(2026, 3, 9), "Open", false),
            new FollowUpRow("CPP/17/31", "12 January 2026", "Update on the commissioning of a provider (exempt)",
                    "Head of Commissioning", LocalDate.of(2026, 5, 4), "Open", true));
    static final LinkedIndicatorSource INDICATORS = (planId, asAt) -> List.of(
            new IndicatorRow("LAC 1", "Initial health assessments within 20 working days", "2025/26 Q3", "78.0%",
                    "90.0%", "England 82.0%; statistical neighbours 80.5%", "Higher is better",
                    "Improving each quarter since the designated nurse joined", TREND,
                    "Trend over four quarters: 52%, 61%, 70%, 78%, rising", false));

    private PackExamples() {
    }

    static PackAssembler assembler() {
        return new PackAssembler(new PlanAssessor(), List.of(FOLLOW_UPS), List.of(INDICATORS), CLOCK);
    }

    static PackRequest request(LocalDate asAt, boolean publication) {
        return new PackRequest(BOARD, "Corporate Parenting Panel, 13 April 2026", asAt, "Jo Example, Plan manager", publication);
    }

    static ActionPlan plan() {
        return new PlanFixtures().aPlanWithOverdueActions();
    }

    static ReportPack first(ActionPlan plan) {
        return assembler().assemble(plan, request(LocalDate.of(2026, 1, 31), false), Optional.empty());
    }

    /** The pack as at the fixtures' date, compared with a pack issued on 2 February as at 31 January. */
    static ReportPack second(ActionPlan plan) {
        PreviousPack previous = new PreviousPack(41, Instant.parse("2026-02-02T10:00:00Z"), first(plan));
        return assembler().assemble(plan, request(PlanFixtures.AS_AT, false), Optional.of(previous));
    }
}
