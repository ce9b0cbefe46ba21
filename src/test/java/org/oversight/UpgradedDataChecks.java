package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.account.Accounts;
import org.oversight.audit.AuditChain;
import org.oversight.audit.AuditRecord;
import org.oversight.audit.AuditTrail;
import org.oversight.governance.Board;
import org.oversight.governance.BoardPack;
import org.oversight.governance.BoardPacks;
import org.oversight.governance.Boards;
import org.oversight.governance.Meeting;
import org.oversight.governance.Meetings;
import org.oversight.indicator.Indicator;
import org.oversight.indicator.IndicatorRepository;
import org.oversight.indicator.IndicatorValue;
import org.oversight.indicator.IndicatorValueRepository;
import org.oversight.indicator.Polarity;
import org.oversight.indicator.Unit;
import org.oversight.notification.Notifications;
import org.oversight.plan.Action;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.ActionStatus;
import org.oversight.plan.PlanAssessor;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.ProgressUpdate;
import org.oversight.plan.RoundSnapshotEntry;
import org.oversight.plan.StatusReason;
import org.oversight.plan.StatusRule;
import org.oversight.plan.UpdateRoundRepository;
import org.oversight.reporting.IssuedPackSummary;
import org.oversight.reporting.ReportFormat;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPacks;
import org.oversight.testing.PreviousRelease;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the previous release stored, read back after the upgrade through the application's
 * repositories and services. Each test runs in a transaction that is rolled back (Spring looks
 * for it on the class declaring the test).
 */
@Transactional
abstract class UpgradedDataChecks {
    @Autowired
    PlanRepository plans;
    @Autowired
    UpdateRoundRepository rounds;
    @Autowired
    IndicatorRepository indicators;
    @Autowired
    private PlanAssessor assessor;
    @Autowired
    private IndicatorValueRepository values;
    @Autowired
    private Boards boards;
    @Autowired
    private Meetings meetings;
    @Autowired
    private BoardPacks boardPacks;
    @Autowired
    private ReportPacks reportPacks;
    @Autowired
    private Notifications notifications;
    @Autowired
    private Accounts accounts;
    @Autowired
    private AuditChain chain;
    @Autowired
    private AuditTrail audit;

    @Test
    @DisplayName("should give back a plan's actions with their leads, dependencies, deadline moves and progress updates")
    void readsThePlan() {
        ActionPlan plan = plans.findById(901L).orElseThrow();
        assertThat(plan.getTitle()).isEqualTo("Improving help and protection");
        assertThat(plan.actions()).extracting(Action::getReference)
                .containsExactly("1.1", "1.2", "WS1-SUPERVISION-AUDIT-2026-Q1-FOLLOW-UP");
        Action action = plan.findAction("1.1").orElseThrow();
        assertThat(action.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(action.getVersion()).isEqualTo(4);
        assertThat(action.getDueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(action.getLeads()).extracting(l -> l.getName())
                .containsExactly("Head of Fostering", "Designated Nurse — Looked After Children");
        assertThat(action.getDependencies()).singleElement().satisfies(d -> assertThat(d.getTargetAction().getReference())
                .isEqualTo("1.2"));
        assertThat(action.getDeadlineChanges()).singleElement().satisfies(c -> assertThat(c.getReason())
                .isEqualTo("Waiting for new recruits"));
        assertThat(action.getUpdates()).singleElement().satisfies(u -> {
            assertThat(u.getText()).isEqualTo("Audits started; 14 of 20 records graded “good”.");
            assertThat(u.getEvidence()).singleElement().satisfies(e -> assertThat(e.getUrl()).isEqualTo("https://example.org/audit"));
        });
        assertThat(plan.findAction("1.2").orElseThrow().getUpdates()).extracting(ProgressUpdate::getText).isEmpty();
    }

    @Test
    @DisplayName("should assess the plan as at a closed round with the reasons the round fixed, and keep long snapshot text")
    void readsTheClosedRound() {
        ActionPlan plan = plans.findById(901L).orElseThrow();
        assertThat(assessor.assess(plan, LocalDate.of(2026, 3, 31)).of(plan.findAction("1.1").orElseThrow()).reasons())
                .extracting(StatusReason::rule, StatusReason::words)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(StatusRule.DEADLINE_MOVED,
                                "Deadline moved from 30 June 2026 to 30 September 2026"),
                        org.assertj.core.groups.Tuple.tuple(StatusRule.LEAD_REPORTED, "The lead reported amber on 31 March 2026"));
        List<RoundSnapshotEntry> snapshot = rounds.findById(901L).orElseThrow().getSnapshot();
        assertThat(snapshot.get(1).getReference()).isEqualTo("WS1-SUPERVISION-AUDIT-2026-Q1-FOLLOW-UP");
        assertThat(snapshot.get(1).getHeadline()).hasSizeGreaterThan(1000).startsWith("Not started: every audit");
    }

    @Test
    @DisplayName("should give back an indicator's values, corrections, comparators and accepted warnings, and new ids after its own")
    void readsTheIndicators() {
        Indicator rate = indicators.findByCodeWithin("CLA-RATE", 901L).orElseThrow();
        assertThat(rate.getOrganisationId()).as("given the organisation of the plan it is linked to").isEqualTo(901L);
        assertThat(indicators.findByPartOfOrderByCode(rate)).allSatisfy(part -> assertThat(part.getOrganisationId()).isEqualTo(901L));
        assertThat(rate.getVersion()).isEqualTo(2);
        assertThat(rate.getLinkedActions()).containsExactly(901L);
        assertThat(indicators.findByPartOfOrderByCode(rate)).extracting(Indicator::getCode).containsExactly("CLA-RATE-U5");
        List<IndicatorValue> series = values.findByIndicatorOrderByPeriodEnd(rate);
        assertThat(series).extracting(IndicatorValue::getValue).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("69.385"), new BigDecimal("70.584"));
        IndicatorValue latest = series.get(1);
        assertThat(latest.getCorrections()).singleElement().satisfies(c -> assertThat(c.getReason()).isEqualTo("Two late entries"));
        assertThat(latest.getOthers()).hasSize(1);
        assertThat(latest.getAcceptedWarnings()).hasSize(1);

        Indicator added = indicators.saveAndFlush(new Indicator("NEW-AFTER-UPGRADE", "Added after the upgrade", Unit.COUNT,
                Polarity.NONE));
        assertThat(added.getId()).as("the sequence's next block, past the previous release's ids").isGreaterThan(100);
    }

    @Test
    @DisplayName("should give back a board's members, meetings with their minutes, and the packs issued to it")
    void readsTheBoards() {
        Board board = boards.named("improvement board", 901L).orElseThrow();
        assertThat(board.getOrganisationId()).as("given the organisation of the plan it monitors").isEqualTo(901L);
        assertThat(board.getMembers()).singleElement().satisfies(m -> assertThat(m.getName()).isEqualTo("Councillor Ada Ṅwosu"));
        Meeting meeting = meetings.findFirstByBoardAndDate(board, LocalDate.of(2026, 4, 14)).orElseThrow();
        assertThat(meeting.getVenue()).isEqualTo("Town Hall, Committee Room 2");
        assertThat(meeting.getAttendance()).hasSize(1);
        assertThat(meeting.getAgendaItems()).singleElement().satisfies(item -> {
            assertThat(item.getMinuteNumber()).isEqualTo("23/05");
            assertThat(item.getDecisions()).singleElement().satisfies(d -> assertThat(d.getPoints())
                    .containsExactly("Progress on supervision audits is noted"));
        });
        assertThat(boardPacks.findAll()).extracting(BoardPack::getPackId).containsExactlyInAnyOrder(901L, 902L);
        assertThat(boardPacks.existsByBoardAndIssuedOnAfter(board, LocalDate.of(2026, 4, 1))).isTrue();
    }

    @Test
    @DisplayName("should give back the issued report packs: which hold exempt rows, their files byte for byte, the stored model")
    void readsTheIssuedPacks() {
        assertThat(reportPacks.issued(901)).extracting(IssuedPackSummary::id, IssuedPackSummary::containsExempt)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(901L, false),
                        org.assertj.core.groups.Tuple.tuple(902L, true));
        assertThat(reportPacks.issuedFile(901, ReportFormat.HTML)).contains(PreviousRelease.REPORT_BYTES);
        assertThat(reportPacks.issuedFiles(901)).singleElement()
                .satisfies(f -> assertThat(f.sha256()).isEqualTo(PreviousRelease.sha256(PreviousRelease.REPORT_BYTES)));
        ReportPack model = reportPacks.issuedModel(901).orElseThrow();
        assertThat(model.cover().planTitle()).isEqualTo("Improving help and protection");
        assertThat(model.actions()).extracting(ReportPack.ActionRow::latestProgress)
                .containsExactly("Audits started; 14 of 20 records graded “good”.", null);
    }

    @Test
    @DisplayName("should give back a person's notifications whole, however long, their account, and an intact audit chain")
    void readsNotificationsAccountsAndAudit() {
        assertThat(notifications.recentFor("lead", 10)).singleElement().satisfies(n -> {
            assertThat(n.getSubject()).isEqualTo("Progress update due");
            assertThat(n.getBody()).hasSizeGreaterThan(4000).startsWith("Your updates are due on: 1.1");
        });
        assertThat(accounts.find("viewer").orElseThrow().displayName()).isEqualTo("Councillor Ada Ṅwosu");
        assertThat(chain.verify()).satisfies(v -> {
            assertThat(v.intact()).as(v.problem()).isTrue();
            assertThat(v.checked()).isEqualTo(2);
            assertThat(v.unchained()).isEqualTo(1);
        });
        assertThat(audit.recordsOf("Recommendation", 901L)).extracting(AuditRecord::changeKind).containsExactly("SIGNED_OFF");
    }
}
