package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.notification.DueReminder;
import org.oversight.notification.NotificationKind;
import org.oversight.notification.Notifications;
import org.oversight.notification.WorkingDays;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanRepository;
import org.oversight.reporting.FollowUpRow;
import org.oversight.reporting.PackRequest;
import org.oversight.reporting.ReportFormat;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPacks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Report packs and boards: the board's open follow-ups in its pack, and its clerk told when a pack is ready or late. */
@OversightTest
@Transactional
@DisplayName("Board report packs")
class BoardPacksTest {
    private static final String PANEL = "Corporate Parenting Panel";
    @Autowired ReportPacks packs;
    @Autowired PlanRepository plans;
    @Autowired Boards boards;
    @Autowired Meetings meetings;
    @Autowired FollowUps followUps;
    @Autowired Notifications notifications;
    @Autowired PackNotices notices;
    @Autowired WorkingDays workingDays;

    private ActionPlan plan() {
        return org.oversight.testing.DemoPlan.of(plans);
    }

    private ReportPack pack(String board, boolean forPublication) {
        return packs.prepare(plan().getId(), new PackRequest(board, null, LocalDate.now(), "Priya Shah", forPublication)).orElseThrow();
    }

    @Test
    @DisplayName("should list the board's open follow-ups in its pack, and leave the exempt one out of a pack for publication")
    void followUpsInThePack() {
        List<FollowUpRow> rows = pack(PANEL.toLowerCase(), false).followUps();
        assertThat(rows).anyMatch(r -> r.text().contains("dental checks") && !r.exempt()
                && r.reference().startsWith("CPP/26/06") && r.meeting().matches("\\d{1,2} [A-Z][a-z]+ \\d{4}"));
        assertThat(rows).anyMatch(r -> r.text().contains("contract monitoring visits") && r.exempt());
        assertThat(rows).allMatch(r -> r.status().equals("Open") || r.status().equals("Overdue"));

        List<FollowUpRow> published = pack(PANEL, true).followUps();
        assertThat(published).anyMatch(r -> r.text().contains("dental checks"));
        assertThat(published).noneMatch(FollowUpRow::exempt).noneMatch(r -> r.text().contains("contract monitoring"));
        assertThat(new String(packs.render(pack(PANEL, true), ReportFormat.HTML), java.nio.charset.StandardCharsets.UTF_8))
                .contains("dental checks").doesNotContain("Oakfield", "contract monitoring visits");
        assertThat(pack("A board nobody knows", false).followUps()).isEmpty();
    }

    @Test
    @DisplayName("should leave out follow-ups closed before the pack's date")
    void closedFollowUpsLeaveThePack() {
        Board panel = DemoBoard.named(boards, PANEL).orElseThrow();
        FollowUp dental = followUps.findByBoardAndStatusOrderById(panel, FollowUpStatus.OPEN).stream()
                .filter(f -> f.getRequest().contains("dental checks")).findFirst().orElseThrow();
        dental.close("Dental check report taken", LocalDate.now().minusDays(1), "manager");
        assertThat(pack(PANEL, false).followUps()).noneMatch(r -> r.text().contains("dental checks"));
    }

    @Test
    @DisplayName("should tell the board's clerk that a pack is ready as soon as it is issued")
    void readyWhenIssued() {
        var issued = packs.issue(plan().getId(), new PackRequest(PANEL, null, LocalDate.now(), "Priya Shah", false), "manager");
        assertThat(notifications.recentFor("manager", 20)).anyMatch(n -> n.getKind() == NotificationKind.PACK_READY
                && n.getReminderKey().equals("pack:" + issued.id() + ":ready:manager")
                && n.getBody().contains("has been issued to the Corporate Parenting Panel")
                && n.getLink().equals("/plans/" + plan().getId() + "/reports"));
        assertThat(notifications.recentFor("viewer", 20)).noneMatch(n -> n.getKind() == NotificationKind.PACK_READY);
    }

    @Test
    @DisplayName("should tell the clerk a pack is late 5 working days before the next meeting, unless one was issued since the last")
    void lateWhenNoneIssued() {
        Board panel = DemoBoard.named(boards, PANEL).orElseThrow();
        Meeting next = meetings.findByBoardOrderByDate(panel).stream().filter(m -> m.getDate().isAfter(LocalDate.now()))
                .findFirst().orElseThrow();
        LocalDate sixBefore = workingDays.before(next.getDate(), 6);
        LocalDate fiveBefore = workingDays.before(next.getDate(), 5);
        assertThat(lateOn(sixBefore, next)).isEmpty();
        assertThat(lateOn(fiveBefore, next)).singleElement().satisfies(r -> {
            assertThat(r.username()).isEqualTo("manager");
            assertThat(r.kind()).isEqualTo(NotificationKind.PACK_LATE);
            assertThat(r.text()).contains("No report pack has been issued", "5 working days away");
        });

        packs.issue(plan().getId(), new PackRequest(PANEL, null, LocalDate.now(), "Priya Shah", false), "manager");
        assertThat(lateOn(fiveBefore, next)).isEmpty();
    }

    private List<DueReminder> lateOn(LocalDate day, Meeting meeting) {
        return notices.dueOn(day, workingDays).stream().filter(r -> r.key().startsWith("pack:meeting:" + meeting.getId() + ":")).toList();
    }
}
