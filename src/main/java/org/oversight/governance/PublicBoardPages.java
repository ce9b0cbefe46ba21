package org.oversight.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What anyone may see of a board, signed in or not: its public page, its meetings as an
 * iCalendar feed, and the same public record as JSON. Exempt business never appears.
 */
@Controller
@PublicOutput
@Transactional(readOnly = true)
class PublicBoardPages {
    private final Boards boards;
    private final Meetings meetings;
    private final FollowUps followUps;
    private final PublicationPolicy policy;
    private final Clock clock;

    PublicBoardPages(Boards boards, Meetings meetings, FollowUps followUps, PublicationPolicy policy, Clock clock) {
        this.boards = boards;
        this.meetings = meetings;
        this.followUps = followUps;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/boards/{id}/public")
    String page(@PathVariable long id, Model model) {
        Board board = board(id);
        LocalDate today = LocalDate.now(clock);
        List<MeetingView> all = meetings.findByBoardOrderByDate(board).stream().map(this::view).toList();
        model.addAttribute("board", board);
        model.addAttribute("future", all.stream().filter(m -> !m.meeting().getDate().isBefore(today)).toList());
        model.addAttribute("past", all.stream().filter(m -> m.meeting().getDate().isBefore(today))
                .sorted((a, b) -> b.meeting().getDate().compareTo(a.meeting().getDate())).toList());
        return "governance/public";
    }

    @GetMapping(value = "/boards/{id}/meetings.ics", produces = "text/calendar;charset=UTF-8")
    ResponseEntity<String> calendar(@PathVariable long id) {
        Board board = board(id);
        String host = ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
        String body = MeetingCalendar.of(board, meetings.findByBoardOrderByDate(board), policy, clock.instant(),
                host == null ? "oversight" : host);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header("Content-Disposition", "inline; filename=\"meetings.ics\"").body(body);
    }

    @GetMapping(value = "/boards/{id}/public.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> record(@PathVariable long id) {
        Board board = board(id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("board", board.getName());
        json.put("meetings", meetings.findByBoardOrderByDate(board).stream().map(m -> {
            Map<String, Object> meeting = new LinkedHashMap<>();
            meeting.put("date", m.getDate().toString());
            meeting.put("venue", m.getVenue());
            meeting.put("items", policy.publicItems(m).stream().map(PublicBoardPages::item).toList());
            return meeting;
        }).toList());
        json.put("openFollowUps", policy.publicFollowUps(followUps.findByBoardAndStatusOrderById(board, FollowUpStatus.OPEN))
                .stream().map(f -> Map.of("minute", String.valueOf(f.getMinuteNumber()), "request", f.getRequest(),
                        "owner", f.getOwner())).toList());
        return json;
    }

    private static Map<String, Object> item(AgendaItem i) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("number", i.getNumber());
        item.put("title", i.getTitle());
        item.put("decisions", i.getDecisions().stream().map(d -> Map.of("kind", d.getKind().name(),
                "text", String.valueOf(d.getText()), "points", d.getPoints())).toList());
        return item;
    }

    private MeetingView view(Meeting meeting) {
        List<AgendaItem> items = policy.publicItems(meeting);
        return new MeetingView(meeting, items, policy.withheldCount(meeting));
    }

    private Board board(long id) {
        return boards.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
