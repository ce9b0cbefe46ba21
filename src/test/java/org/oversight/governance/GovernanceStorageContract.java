package org.oversight.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.testing.StorageRefusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.transaction.annotation.Transactional;

/** A board's members, meetings, minutes, follow-ups, work programme and sign-offs survive storage unchanged. */
@Transactional
abstract class GovernanceStorageContract {
    static final Instant NOW = Instant.parse("2026-11-03T12:00:00Z");
    @Autowired
    TestEntityManager entities;
    @Autowired
    Boards boards;

    Board aPanel() {
        Board board = new Board("Corporate Parenting Panel", BoardKind.CORPORATE_PARENTING_PANEL);
        board.addMember("Cllr R Hale", MemberRole.CHAIR, null);
        board.addMember("M Grant", MemberRole.CARER_REPRESENTATIVE, null);
        board.addMember("Clerk", MemberRole.SUPPORTING_OFFICER, "clerk");
        return entities.persist(board);
    }

    @Test
    @DisplayName("should keep members in order with their roles, and know who holds a role")
    void keepsMembers() {
        long id = aPanel().getId();
        entities.flush();
        entities.clear();
        Board board = entities.find(Board.class, id);
        assertThat(board.getMembers()).extracting(BoardMember::getRole)
                .containsExactly(MemberRole.CHAIR, MemberRole.CARER_REPRESENTATIVE, MemberRole.SUPPORTING_OFFICER);
        assertThat(board.hasRole("clerk")).isTrue();
        assertThat(board.hasRole("viewer")).isFalse();
    }

    @Test
    @DisplayName("should keep a meeting's attendance, items, exemption, decisions and numbered points")
    void keepsMinutes() {
        Meeting meeting = new Meeting(aPanel(), LocalDate.of(2026, 11, 3), LocalTime.of(14, 0), "Room 2");
        meeting.attend(AttendanceKind.PRESENT, "Cllr R Hale");
        meeting.attend(AttendanceKind.APOLOGIES, "Cllr L Fenwick");
        meeting.addItem("4", "Fostering recruitment").minute("CPP/26/14", "Members heard the figures.")
                .decide(DecisionKind.RESOLVED, "that:", List.of("officers report in March;", "the plan be circulated."));
        meeting.addItem("5", "Placement contract").exemptUnder("3").decide(DecisionKind.NOTED, "the terms", List.of());
        meeting.recordMinutes(LocalTime.of(14, 0), LocalTime.of(15, 30), "None.");
        long id = entities.persistAndFlush(meeting).getId();
        entities.clear();

        Meeting stored = entities.find(Meeting.class, id);
        assertThat(stored.names(AttendanceKind.APOLOGIES)).containsExactly("Cllr L Fenwick");
        assertThat(stored.getAgendaItems()).extracting(AgendaItem::getMinuteNumber).containsExactly("CPP/26/14", null);
        assertThat(stored.getAgendaItems().get(0).getDecisions().get(0).getPoints())
                .containsExactly("officers report in March;", "the plan be circulated.");
        assertThat(stored.getAgendaItems().get(1).isExempt()).isTrue();
        assertThat(stored.getAgendaItems().get(1).getExemptParagraph()).isEqualTo("3");
        assertThat(stored.getFinishedAt()).isEqualTo(LocalTime.of(15, 30));
        assertThat(new PublicationPolicy().publicItems(stored)).extracting(AgendaItem::getTitle).containsExactly("Fostering recruitment");
    }

    @Test
    @DisplayName("should keep a follow-up closed with its evidence, a moved work programme item's history and a sign-off")
    void keepsFollowUpsProgrammeAndSignOffs() {
        Board board = aPanel();
        Meeting meeting = entities.persist(new Meeting(board, LocalDate.of(2026, 11, 3), null, null));
        FollowUp followUp = new FollowUp(meeting, "CPP/26/14", "that officers report in March", "Officers", false)
                .due(null, "the March meeting");
        followUp.close("Report taken on 9 March", LocalDate.of(2027, 3, 9), "clerk");
        long followUpId = entities.persist(followUp).getId();
        WorkProgrammeItem item = new WorkProgrammeItem(board, "Sufficiency strategy", LocalDate.of(2026, 11, 3), "clerk", NOW);
        item.moveTo(LocalDate.of(2027, 1, 5), "Awaiting the audit", "clerk", NOW);
        long itemId = entities.persist(item).getId();
        long cadenceId = entities.persist(new MonitoringCadence(board, 7L, LocalDate.of(2026, 1, 6), Period.ofMonths(1), 3,
                Period.ofMonths(3))).getId();
        long signOffId = entities.persist(new SignOff(meeting, SignOff.Kind.RECOMMENDATION_CLOSED, 7L, "Closed",
                "Audit of 40 cases", "clerk", NOW).onRecommendation(11L)).getId();
        entities.flush();
        entities.clear();

        FollowUp storedFollowUp = entities.find(FollowUp.class, followUpId);
        assertThat(storedFollowUp.getStatus()).isEqualTo(FollowUpStatus.CLOSED);
        assertThat(storedFollowUp.getEvidence()).isEqualTo("Report taken on 9 March");
        assertThat(entities.find(WorkProgrammeItem.class, itemId).getHistory()).extracting(WorkProgrammeChange::describe)
                .containsExactly("Added for 3 November 2026", "Moved from 3 November 2026 to 5 January 2027: Awaiting the audit");
        assertThat(entities.find(MonitoringCadence.class, cadenceId).datesUntil(LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 2, 6), LocalDate.of(2026, 3, 6),
                        LocalDate.of(2026, 6, 6), LocalDate.of(2026, 9, 6), LocalDate.of(2026, 12, 6));
        SignOff signOff = entities.find(SignOff.class, signOffId);
        assertThat(signOff.getDecidedOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(signOff.getEvidence()).isEqualTo("Audit of 40 cases");
        assertThat(signOff.getRecommendationId()).isEqualTo(11L);
    }

    @Autowired
    BoardPacks packs;
    @Autowired
    SignOffs signOffs;

    @Test
    @DisplayName("should keep a removed item with its reason, the packs issued to a board, and find sign-offs by meeting")
    void keepsRemovalsPacksAndSignOffsByMeeting() {
        Board board = aPanel();
        Meeting meeting = entities.persist(new Meeting(board, LocalDate.of(2026, 11, 3), null, null));
        WorkProgrammeItem item = new WorkProgrammeItem(board, "Virtual school report", LocalDate.of(2027, 1, 5), "clerk", NOW);
        item.remove("Covered by the annual report", "clerk", NOW);
        long itemId = entities.persist(item).getId();
        entities.persist(new SignOff(meeting, SignOff.Kind.PLAN_CLOSED, 7L, "Closed the plan", "Final report", "clerk", NOW));
        packs.save(new BoardPack(board, 41L, 7L, null, LocalDate.of(2026, 10, 27), "manager"));
        entities.flush();
        entities.clear();

        WorkProgrammeItem stored = entities.find(WorkProgrammeItem.class, itemId);
        assertThat(stored.isRemoved()).isTrue();
        assertThat(stored.getHistory().get(1).describeWithWho())
                .isEqualTo("Removed from 5 January 2027: Covered by the annual report (clerk, 3 November 2026)");
        Board storedBoard = entities.find(Board.class, board.getId());
        assertThat(packs.existsByBoardAndIssuedOnAfter(storedBoard, LocalDate.of(2026, 10, 26))).isTrue();
        assertThat(packs.existsByBoardAndIssuedOnAfter(storedBoard, LocalDate.of(2026, 10, 27))).isFalse();
        assertThat(signOffs.findByMeetingOrderById(entities.find(Meeting.class, meeting.getId())))
                .extracting(SignOff::getEvidence).containsExactly("Final report");
        assertThat(storedBoard.officerUsernames()).containsExactly("clerk");
        assertThat(storedBoard.isSupportedBy("clerk")).isTrue();
    }

    private long organisation(String name) {
        return entities.persist(new Organisation(name, OrganisationKind.COUNCIL)).getId();
    }

    private Board panelOf(Long organisation) {
        Board board = entities.persist(new Board("Corporate Parenting Panel", BoardKind.CORPORATE_PARENTING_PANEL)
                .belongTo(organisation));
        entities.flush();
        return board;
    }

    @Test
    @DisplayName("should let every council have its Corporate Parenting Panel, and find each by name for its own council")
    void namesAreUniquePerOrganisation() {
        long a = organisation("Council A");
        long b = organisation("Council B");
        long ofA = panelOf(a).getId();
        long ofB = panelOf(b).getId();
        long ofNone = panelOf(null).getId();

        assertThat(boards.named("corporate parenting panel", a)).map(Board::getId).contains(ofA);
        assertThat(boards.named("Corporate Parenting Panel", b)).map(Board::getId).contains(ofB);
        assertThat(boards.named("Corporate Parenting Panel", null)).map(Board::getId).contains(ofNone);
        assertThat(boards.reachedBy(a)).extracting(Board::getId).containsExactlyInAnyOrder(ofA, ofNone);
        assertThat(boards.reachedBy(null)).extracting(Board::getId).contains(ofA, ofB, ofNone);
    }

    @Test
    @DisplayName("should refuse a second Corporate Parenting Panel in the same council")
    void refusesANameTwiceInOneOrganisation() {
        long a = organisation("Council A");
        panelOf(a);

        assertThat(StorageRefusal.of(() -> panelOf(a))).contains("uk_board_name");
    }

    @Test
    @DisplayName("should refuse a second Corporate Parenting Panel among the boards of no organisation")
    void refusesANameTwiceWithoutOrganisation() {
        panelOf(null);

        assertThat(StorageRefusal.of(() -> panelOf(null))).contains("uk_board_name");
    }
    @Test
    @DisplayName("should store the minutes of every corpus document as read: unnumbered items, long titles, exempt items kept from the public")
    void storesCorpusMinutes(@Autowired Meetings meetings, @Autowired FollowUps followUps, @Autowired WorkProgramme programme)
            throws java.io.IOException {
        MinutesRecording recording = new MinutesRecording(boards, meetings, followUps, programme,
                java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC), java.util.List.of());
        for (String document : MinutesCorpusTest.documents()) {
            ReadMinutes read = MinutesReader.read(MinutesCorpusTest.text(MinutesCorpusTest.FOLDER.resolve(document + ".txt")))
                    .withBoardAndDate(document + " board", LocalDate.of(2026, 12, 1));
            long id = recording.store(read, "clerk", null).getId();
            entities.flush();
            entities.clear();

            Meeting stored = entities.find(Meeting.class, id);
            assertThat(stored.getAgendaItems()).as(document).extracting(AgendaItem::getMinuteNumber)
                    .containsExactlyElementsOf(read.items().stream().map(ReadMinutes.Item::number).toList());
            assertThat(stored.getAgendaItems()).as(document).extracting(AgendaItem::getTitle)
                    .containsExactlyElementsOf(read.items().stream().map(ReadMinutes.Item::title).toList());
            assertThat(new PublicationPolicy().publicItems(stored)).as(document).extracting(AgendaItem::getTitle)
                    .containsExactlyElementsOf(read.items().stream().filter(i -> !i.exempt()).map(ReadMinutes.Item::title).toList());
        }
    }
}
