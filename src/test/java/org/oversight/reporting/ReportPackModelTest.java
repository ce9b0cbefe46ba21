package org.oversight.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanFixtures;
import org.oversight.reporting.ReportPack.ActionRow;
import org.oversight.reporting.ReportPack.ChangeRow;
import org.oversight.reporting.ReportPack.ExceptionRow;

class ReportPackModelTest {
    private final ActionPlan plan = PackExamples.plan();
    private final ReportPack pack = PackExamples.second(plan);

    @Test
    @DisplayName("the cover names the plan, board, meeting, period, as-at date and author")
    void cover() {
        assertThat(pack.cover().planTitle()).isEqualTo(plan.getTitle());
        assertThat(pack.cover().board()).isEqualTo(PackExamples.BOARD);
        assertThat(pack.cover().meeting()).contains("13 April 2026");
        assertThat(pack.cover().asAt()).isEqualTo(PlanFixtures.AS_AT);
        assertThat(pack.cover().author()).isEqualTo("Jo Example, Plan manager");
    }

    @Test
    @DisplayName("the summary counts every action by colour, overall, by workstream and by recommendation, with the legend in words")
    void summary() {
        assertThat(pack.summary().colours()).extracting(RagMark::label).containsExactly("Red", "Amber", "Green");
        assertThat(pack.summary().overall().total()).isEqualTo(4);
        assertThat(pack.summary().overall().counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        assertThat(pack.summary().overall().counts().get(0)).isEqualTo(1);
        assertThat(pack.summary().byWorkstream()).extracting(ReportPack.TallyRow::number).containsExactly("1");
        assertThat(pack.summary().byRecommendation()).extracting(ReportPack.TallyRow::number).containsExactly("1", "2");
        assertThat(pack.summary().legend()).allSatisfy(l -> assertThat(l.meaning()).isNotBlank());
    }

    @Test
    @DisplayName("exceptions list the red and at-risk actions with lead, reason and latest update")
    void exceptions() {
        ExceptionRow overdue = pack.exceptions().stream().filter(e -> e.reference().equals("1.1")).findFirst().orElseThrow();
        assertThat(overdue.rag().label()).isEqualTo("Red");
        assertThat(overdue.flags()).contains("Red", "Deadline passed");
        assertThat(overdue.leads()).isEqualTo("Head of Safeguarding and Quality Assurance");
        assertThat(overdue.latestUpdate()).isEqualTo("Audit tool agreed; first audit under way");
        assertThat(pack.exceptions()).extracting(ExceptionRow::reference).contains("2.1").doesNotContain("1.2");
        ExceptionRow atRisk = pack.exceptions().stream().filter(e -> e.reference().equals("2.1")).findFirst().orElseThrow();
        assertThat(atRisk.reason()).contains("depends on action 1.1");
    }

    @Test
    @DisplayName("the action table has every action with its timescale as written and as read")
    void actionTable() {
        assertThat(pack.actions()).extracting(ActionRow::reference).containsExactly("1.1", "1.2", "2.1", "2.2");
        ActionRow audit = pack.actions().get(0);
        assertThat(audit.timescaleWritten()).isEqualTo("January 2026");
        assertThat(audit.timescaleRead()).isEqualTo("Deadline 31 January 2026");
        assertThat(audit.status()).isEqualTo("In progress");
        assertThat(pack.actions().get(3).latestProgress()).isEmpty();
    }

    @Test
    @DisplayName("changes since the previous issued pack: newly red against what the board saw")
    void changesSincePreviousPack() {
        assertThat(pack.changes().firstPack()).isFalse();
        assertThat(pack.changes().previousPackId()).isEqualTo(41L);
        assertThat(pack.changes().ofKind("Newly red")).extracting(ChangeRow::reference).containsExactly("1.1");
        assertThat(pack.changes().ofKind("New action")).isEmpty();
    }

    @Test
    @DisplayName("a deadline moved and an override since the previous pack are listed with how often and why")
    void deadlinesAndOverrides() {
        plan.findAction("2.1").orElseThrow().moveDeadline(java.time.LocalDate.of(2026, 9, 30), "Director of Nursing",
                "Recruitment delayed", "manager", Instant.parse("2026-03-10T10:00:00Z"));
        plan.findAction("1.1").orElseThrow().overrideRag(org.oversight.plan.RagColour.AMBER, "Audit report at draft stage",
                "Director of Children's Services", Instant.parse("2026-03-20T10:00:00Z"));
        ReportPack again = PackExamples.second(plan);
        assertThat(again.changes().ofKind("Deadline moved")).singleElement().satisfies(c -> {
            assertThat(c.reference()).isEqualTo("2.1");
            assertThat(c.timesMoved()).isEqualTo(1);
            assertThat(c.words()).contains("Recruitment delayed").contains("Moved once in all");
        });
        assertThat(again.changes().ofKind("Status overridden")).singleElement()
                .satisfies(c -> assertThat(c.words()).contains("Audit report at draft stage"));
    }

    @Test
    @DisplayName("the first pack to a board says there is nothing to compare with")
    void firstPack() {
        assertThat(PackExamples.first(plan).changes().firstPack()).isTrue();
    }

    @Test
    @DisplayName("a pack marked for publication leaves exempt follow-ups out, and cannot be made with them")
    void exemptContent() {
        assertThat(pack.followUps()).extracting(FollowUpRow::reference).contains("CPP/17/31");
        ReportPack published = PackExamples.assembler().assemble(plan, PackExamples.request(PlanFixtures.AS_AT, true), Optional.empty());
        assertThat(published.followUps()).extracting(FollowUpRow::reference).containsExactly("CPP/17/23");
        assertThatThrownBy(() -> new ReportPack(published.cover(), pack.summary(), pack.changes(), List.of(), List.of(),
                List.of(), pack.followUps())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a draft for someone who may not see the board's exempt business leaves the exempt rows out")
    void withoutExempt() {
        var request = PackExamples.request(PlanFixtures.AS_AT, false);
        ReportPack full = PackExamples.assembler().assemble(plan, request, Optional.empty());
        ReportPack draft = PackExamples.assembler().assemble(plan, request.withoutExempt(), Optional.empty());
        assertThat(full.containsExempt()).isTrue();
        assertThat(draft.containsExempt()).isFalse();
        assertThat(draft.followUps()).extracting(FollowUpRow::reference).containsExactly("CPP/17/23");
        assertThat(draft.cover().forPublication()).isFalse();
    }
}
