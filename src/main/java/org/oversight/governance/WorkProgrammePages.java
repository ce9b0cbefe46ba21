package org.oversight.governance;

import org.oversight.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A board's work programme: an item's page with its history, and the forms that add an item
 * for a future meeting, move it to another meeting and remove it. Reading is for anyone
 * signed in; changing for those {@link ProgrammeEditing#mayChange} allows (403 otherwise).
 */
@Controller
class WorkProgrammePages {
    private final Boards boards;
    private final WorkProgramme programme;
    private final ProgrammeEditing editing;

    WorkProgrammePages(Boards boards, WorkProgramme programme, ProgrammeEditing editing) {
        this.boards = boards;
        this.programme = programme;
        this.editing = editing;
    }

    @GetMapping("/work-programme/{id}")
    String item(@PathVariable long id, Authentication auth, Model model) {
        WorkProgrammeItem item = item(id, auth);
        model.addAttribute("item", item);
        model.addAttribute("board", item.getBoard());
        model.addAttribute("canChange", !item.isRemoved() && ProgrammeEditing.mayChange(item.getBoard(), CurrentUser.of(auth)));
        model.addAttribute("meetings", editing.futureMeetings(item.getBoard()).stream()
                .filter(m -> !m.getDate().equals(item.getPlannedFor())).toList());
        return "governance/programme-item";
    }

    @PostMapping("/boards/{id}/programme")
    String add(@PathVariable long id, @RequestParam(required = false) String title,
               @RequestParam(required = false) String meeting, Authentication auth, RedirectAttributes redirect) {
        Board board = boards.findReachable(id, CurrentUser.of(auth))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String by = allowed(board, auth);
        try {
            WorkProgrammeItem added = editing.add(id, title, meeting, by);
            redirect.addFlashAttribute("notice", "Added to the work programme: " + added.getTitle()
                    + " for " + Dates.longDate(added.getPlannedFor()));
        } catch (FormRefused refused) {
            refuse(redirect, refused);
            redirect.addFlashAttribute("programmeTitle", title);
            redirect.addFlashAttribute("programmeMeeting", meeting);
        }
        return "redirect:/boards/" + id + "#work-programme";
    }

    @PostMapping("/work-programme/{id}/move")
    String move(@PathVariable long id, @RequestParam(required = false) String meeting,
                @RequestParam(required = false) String reason, Authentication auth, RedirectAttributes redirect) {
        String by = allowed(item(id, auth).getBoard(), auth);
        try {
            WorkProgrammeItem moved = editing.move(id, meeting, reason, by);
            redirect.addFlashAttribute("notice", moved.getHistory().get(moved.getHistory().size() - 1).describe());
        } catch (FormRefused refused) {
            refuse(redirect, refused);
            redirect.addFlashAttribute("form", "move");
            redirect.addFlashAttribute("moveReason", reason);
        }
        return "redirect:/work-programme/" + id;
    }

    @PostMapping("/work-programme/{id}/remove")
    String remove(@PathVariable long id, @RequestParam(required = false) String reason, Authentication auth,
                  RedirectAttributes redirect) {
        String by = allowed(item(id, auth).getBoard(), auth);
        try {
            WorkProgrammeItem removed = editing.remove(id, reason, by);
            redirect.addFlashAttribute("notice", "Removed from the work programme: " + removed.getTitle());
        } catch (FormRefused refused) {
            refuse(redirect, refused);
            redirect.addFlashAttribute("form", "remove");
        }
        return "redirect:/work-programme/" + id;
    }

    private static void refuse(RedirectAttributes redirect, FormRefused refused) {
        redirect.addFlashAttribute("errorField", refused.field());
        redirect.addFlashAttribute("errorMessage", refused.getMessage());
    }

    private static String allowed(Board board, Authentication auth) {
        CurrentUser viewer = CurrentUser.of(auth);
        if (!ProgrammeEditing.mayChange(board, viewer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return viewer.username();
    }

    private WorkProgrammeItem item(long id, Authentication auth) {
        return programme.findById(id).map(i -> BoardReach.within(i, i.getBoard(), CurrentUser.of(auth)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
