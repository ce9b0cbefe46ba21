package org.oversight.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The boards list, a board's page (for signed-in people) and a meeting's page: the boards within
 * the person's reach, their organisation's and those of none.
 */
@Controller
@Transactional(readOnly = true)
class BoardPages {
    private final Boards boards;
    private final Meetings meetings;
    private final FollowUps followUps;
    private final WorkProgramme programme;
    private final SignOffs signOffs;
    private final PublicationPolicy policy;
    private final PlanChoices plans;
    private final org.oversight.plan.OrganisationRepository organisations;
    private final Clock clock;
    private final MinutesRecording recording;

    BoardPages(Boards boards, Meetings meetings, FollowUps followUps, WorkProgramme programme, SignOffs signOffs,
               PublicationPolicy policy, PlanChoices plans, org.oversight.plan.OrganisationRepository organisations,
               Clock clock, MinutesRecording recording) {
        this.recording = recording;
        this.plans = plans;
        this.organisations = organisations;
        this.boards = boards;
        this.meetings = meetings;
        this.followUps = followUps;
        this.programme = programme;
        this.signOffs = signOffs;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/boards")
    String list(Model model, CurrentUser person) {
        model.addAttribute("boards", boards.reachedBy(person.organisationId()));
        model.addAttribute("canImportMinutes", person.canManagePlans());
        if (person.isAdministrator() && person.organisationId() == null) {
            java.util.Map<Long, String> unassigned = new java.util.LinkedHashMap<>();
            boards.findAllByOrderByName().stream().filter(b -> b.getOrganisationId() == null)
                    .forEach(b -> unassigned.put(b.getId(), b.getName()));
            model.addAttribute("unassigned", unassigned);
            model.addAttribute("organisations", organisations.findAllByOrderByName());
        }
        return "governance/boards";
    }

    @GetMapping("/boards/{id}")
    String board(@PathVariable long id, Authentication auth, Model model) {
        CurrentUser viewer = CurrentUser.of(auth);
        Board board = boards.findReachable(id, viewer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LocalDate today = LocalDate.now(clock);
        List<Meeting> all = meetings.findByBoardOrderByDate(board);
        model.addAttribute("board", board);
        model.addAttribute("today", today);
        model.addAttribute("upcoming", all.stream().filter(m -> !m.getDate().isBefore(today))
                .map(m -> view(m, viewer)).toList());
        model.addAttribute("recent", all.stream().filter(m -> m.getDate().isBefore(today))
                .sorted(Comparator.comparing(Meeting::getDate).reversed()).limit(3).map(m -> view(m, viewer)).toList());
        List<WorkProgrammeItem> items = programme.findByBoardOrderByPlannedForAscIdAsc(board);
        model.addAttribute("programme", items.stream().filter(i -> !i.isRemoved() && !i.getPlannedFor().isBefore(today)).toList());
        model.addAttribute("removedItems", items.stream().filter(WorkProgrammeItem::isRemoved).toList());
        model.addAttribute("canChangeProgramme", ProgrammeEditing.mayChange(board, viewer));
        model.addAttribute("programmeMeetings", all.stream().filter(m -> !m.getDate().isBefore(today)).toList());
        model.addAttribute("openFollowUps", policy.followUpsFor(board,
                followUps.findByBoardAndStatusOrderById(board, FollowUpStatus.OPEN), viewer));
        model.addAttribute("signOffs", signOffs.findByBoardOrderByDecidedOnDesc(board));
        model.addAttribute("canRecord", viewer.canManagePlans() && viewer.manages(board.getOrganisationId()));
        model.addAttribute("canEditBoard", BoardEditing.mayEdit(board, viewer));
        model.addAttribute("seesExempt", policy.maySeeExempt(board, viewer));
        return "governance/board";
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Authentication auth, Model model) {
        CurrentUser viewer = CurrentUser.of(auth);
        Meeting meeting = meetings.findById(id).map(m -> BoardReach.within(m, m.getBoard(), viewer))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("m", view(meeting, viewer));
        model.addAttribute("board", meeting.getBoard());
        boolean records = viewer.canManagePlans() && viewer.manages(meeting.getBoard().getOrganisationId());
        model.addAttribute("canRecord", records);
        model.addAttribute("decisionKinds", DecisionKind.values());
        model.addAttribute("signOffsHere", signOffs.findByMeetingOrderById(meeting));
        boolean held = !meeting.getDate().isAfter(LocalDate.now(clock));
        model.addAttribute("canSignOff", held && records);
        if (held && records) {
            model.addAttribute("signOffPlans", plans.reachedBy(viewer.organisationId()));
        }
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", new MinuteItemForm());
        }
        List<MeetingReports.Paper> papers = recording.papers(meeting);
        model.addAttribute("papers", papers);
        model.addAttribute("paperTitles", papers.stream().collect(java.util.stream.Collectors.toMap(
                MeetingReports.Paper::id, MeetingReports.Paper::title)));
        return "governance/meeting";
    }

    private MeetingView view(Meeting meeting, CurrentUser viewer) {
        List<AgendaItem> items = policy.itemsFor(meeting, viewer);
        return new MeetingView(meeting, items, meeting.getAgendaItems().size() - items.size());
    }
}
