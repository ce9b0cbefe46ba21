package org.oversight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.ActionRepository;
import org.oversight.plan.ActionStatus;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanAssessment;
import org.oversight.plan.PlanAssessor;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.ProgressUpdate;
import org.oversight.plan.RagColour;
import org.oversight.plan.Responsibility;
import org.oversight.plan.StatusRule;
import org.oversight.timescale.Timescale;
import org.oversight.timescale.TimescaleReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-enabled;DB_CLOSE_DELAY=-1",
        "oversight.demo.enabled=true"})
@Transactional
class DemoLoaderTests {
    @Autowired PlanRepository plans;
    @Autowired ActionRepository actions;
    @Autowired LeadRepository leads;
    @Autowired OrganisationRepository organisations;
    @Autowired DemoLoader loader;
    @Autowired PlanAssessor assessor;

    /** Kingsmead's plan; the other plans of the demo are the region's three small shared ones. */
    private ActionPlan demoPlan() {
        List<ActionPlan> all = plans.findAll();
        assertThat(all).hasSize(1 + 3);
        List<ActionPlan> kingsmead = all.stream().filter(p -> p.getOwner().getName().equals(DemoOrganisation.COUNCIL)).toList();
        assertThat(kingsmead).hasSize(1);
        return kingsmead.get(0);
    }

    @Test
    @DisplayName("should load a published plan with two workstreams, nine or more recommendations and 25 or more actions")
    void loadsThePlanStructure() {
        ActionPlan plan = demoPlan();
        assertThat(plan.isPublished()).isTrue();
        assertThat(plan.getWorkstreams()).hasSize(2)
                .allSatisfy(w -> assertThat(w.getDeliverables()).hasSizeBetween(3, 4));
        assertThat(plan.getRecommendations()).hasSizeGreaterThanOrEqualTo(9)
                .extracting(r -> r.getResponsibility())
                .contains(Responsibility.OURS, Responsibility.PARTNER, Responsibility.NATIONAL);
        assertThat(plan.actions()).hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(a -> assertThat(a.getRecommendation().getWorkstream()).isNotNull());
        assertThat(plan.getCompleteColour()).isEqualTo(RagColour.BLUE);
        assertThat(plan.getLegend()).extracting(e -> e.getColour())
                .containsExactly(RagColour.RED, RagColour.AMBER, RagColour.GREEN, RagColour.BLUE);
    }

    @Test
    @DisplayName("should give actions leads from both the council and the NHS trust, some held by the demo accounts")
    void leadsComeFromBothOrganisations() {
        List<OrganisationKind> kinds = demoPlan().actions().stream().flatMap(a -> a.getLeads().stream())
                .map(l -> l.getOrganisation().getKind()).distinct().toList();
        assertThat(kinds).contains(OrganisationKind.COUNCIL, OrganisationKind.NHS);
        assertThat(actions.findLedBy("lead")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(actions.findLedBy("nhslead")).isNotEmpty();
    }

    @Test
    @DisplayName("should place twelve monthly rounds so that the latest falls in the current or previous month")
    void roundsEndNow() {
        ActionPlan plan = demoPlan();
        LocalDate today = LocalDate.now();
        assertThat(plan.getRounds()).hasSize(12);
        assertThat(plan.latestRound().orElseThrow()).isBeforeOrEqualTo(today)
                .isAfterOrEqualTo(today.withDayOfMonth(1).minusMonths(1));
        assertThat(plan.getPeriodStart()).isBefore(today.minusMonths(11));
        assertThat(plan.getPeriodEnd()).isAfter(today);
    }

    @Test
    @DisplayName("should record a year of progress with complete, waiting, drifting, overdue and stale actions")
    void historyShowsEveryKindOfStatus() {
        List<Action> all = demoPlan().actions();
        List<LocalDate> asAt = all.stream().flatMap(a -> a.getUpdates().stream()).map(ProgressUpdate::getAsAt).toList();
        LocalDate first = asAt.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = asAt.stream().max(LocalDate::compareTo).orElseThrow();
        assertThat(ChronoUnit.MONTHS.between(first, last)).isGreaterThanOrEqualTo(11);
        assertThat(all.stream().filter(Action::isComplete)).hasSizeBetween(6, 10);
        assertThat(all.stream().filter(a -> a.getStatus() == ActionStatus.WAITING)).hasSize(1);
        assertThat(all.stream().filter(a -> a.deadlineMoves() > 0)).hasSizeGreaterThanOrEqualTo(3);
        LocalDate today = LocalDate.now();
        assertThat(all.stream().filter(a -> !a.isComplete() && a.getDueDate() != null && a.getDueDate().isBefore(today)))
                .hasSizeBetween(3, 5);
        LocalDate twoRoundsAgo = demoPlan().latestRound().orElseThrow().minusMonths(1);
        assertThat(all.stream().filter(a -> !a.isComplete() && a.latestUpdate().isPresent()
                && a.latestUpdate().get().getAsAt().isBefore(twoRoundsAgo))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(all.stream().filter(a -> a.getOverride().isPresent())).hasSize(1);
        assertThat(all.stream().flatMap(a -> a.getUpdates().stream()).map(ProgressUpdate::getText).distinct().count())
                .isEqualTo(asAt.size());
    }

    @Test
    @DisplayName("should show today the mix a board would recognise: complete, red, stale, at risk, waiting, overridden")
    void todaysStatusesTellTheStory() {
        PlanAssessment today = assessor.assess(demoPlan(), LocalDate.now());
        assertThat(references(today.withReason(StatusRule.COMPLETE))).hasSize(8);
        assertThat(references(demoPlan().actions().stream().filter(a -> today.of(a).proposed() == RagColour.RED).toList()))
                .containsExactlyInAnyOrder("2.2", "4.3", "5.2", "9.2");
        assertThat(references(today.stale())).containsExactlyInAnyOrder("3.3", "7.2");
        assertThat(references(today.atRisk())).contains("2.4");
        assertThat(references(today.waiting())).containsExactly("10.1");
        assertThat(references(today.overridden())).containsExactly("6.2");
        assertThat(references(today.withReason(StatusRule.DEADLINE_MOVED))).contains("1.4", "5.1", "8.2");
    }

    private static List<String> references(List<Action> actions) {
        return actions.stream().map(Action::getReference).toList();
    }

    @Test
    @DisplayName("should leave action 6.3 amber only because its lead reported amber in the latest round")
    void actionForTheBrowserTestIsAmberByReport() {
        ActionPlan plan = demoPlan();
        Action action = plan.findAction("6.3").orElseThrow();
        assertThat(action.getLeads()).extracting(l -> l.getHeldBy()).contains("lead");
        assertThat(action.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(action.latestUpdate().orElseThrow().getRag()).isEqualTo(RagColour.AMBER);
        assertThat(action.latestUpdate().orElseThrow().getAsAt()).isEqualTo(plan.latestRound().orElseThrow());
        assertThat(action.getDueDate()).isAfter(LocalDate.now());
        assertThat(action.getDependencies()).isEmpty();
        assertThat(action.deadlineMoves()).isZero();
        assertThat(action.getOverride()).isEmpty();
        var status = assessor.assess(plan, LocalDate.now()).of(action);
        assertThat(status.proposed()).isEqualTo(RagColour.AMBER);
        assertThat(status.reasons()).extracting(r -> r.rule()).containsExactly(StatusRule.LEAD_REPORTED);
    }

    @Test
    @DisplayName("should write every timescale so that the timescale reader reads the deadline the demo set")
    void timescalesAgreeWithTheirWords() {
        ActionPlan plan = demoPlan();
        TimescaleReader reader = new TimescaleReader();
        assertThat(plan.actions()).allSatisfy(a -> {
            Timescale read = reader.read(a.getTimescale().getText(), plan.getPeriodStart(), plan.getPeriodEnd());
            assertThat(read.kind()).as(a.getReference()).isEqualTo(a.getTimescale().getKind());
            assertThat(read.due()).as(a.getReference()).isEqualTo(a.getDueDate());
            assertThat(read.recurrenceIso()).as(a.getReference()).isEqualTo(a.getTimescale().getRecurrence());
        });
    }

    @Test
    @DisplayName("should not load the demo again when a plan already exists")
    void loadingTwiceDoesNotDuplicate() {
        long organisationCount = organisations.count();
        long leadCount = leads.count();
        long actionCount = actions.count();
        long planCount = plans.count();
        loader.run(new DefaultApplicationArguments());
        assertThat(plans.count()).isEqualTo(planCount);
        assertThat(organisations.count()).isEqualTo(organisationCount);
        assertThat(leads.count()).isEqualTo(leadCount);
        assertThat(actions.count()).isEqualTo(actionCount);
        assertThat(leads.findAll()).map(l -> l.getName()).filteredOn(Objects::nonNull).doesNotHaveDuplicates();
    }

    @Autowired org.oversight.sharing.Overview overview;
    @Autowired org.oversight.sharing.SharingGroupRepository groups;

    @Test
    @DisplayName("should hold a region of five councils in which three share plans at different stages, and Kingsmead and Ashcombe none")
    void regionOfFiveCouncils() {
        var region = groups.findByName(DemoRegion.REGION).orElseThrow();
        assertThat(region.getMembers()).hasSize(5);
        var rows = overview.rows(region, java.time.LocalDate.now(), null,
                org.oversight.sharing.Overview.OverviewSort.COUNCIL);
        assertThat(rows).extracting(org.oversight.sharing.OverviewRow::council).containsExactly(
                "Brookfield City Council", "Eastmarsh County Council", "Harrowdene Borough Council");
        assertThat(rows.get(0).red()).as("Brookfield, three months in, on track").isZero();
        assertThat(rows.get(1).red()).as("Eastmarsh, slipping").isGreaterThanOrEqualTo(3);
        assertThat(rows.get(1).movedTwice()).as("Eastmarsh's deadlines moved twice").isPositive();
        assertThat(rows.get(2).total() - rows.get(2).red() - rows.get(2).amber())
                .as("Harrowdene, nearly done").isGreaterThanOrEqualTo(6);
    }
}
