package org.oversight.governance;

import jakarta.validation.Valid;
import org.oversight.account.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that create a board and change its name, kind, members and roles. Another
 * council's board is not found (404); a board within reach that the person may not change
 * (one of no organisation, to someone of an organisation) is refused (403).
 */
@Controller
class BoardEditPages {
    private final Boards boards;
    private final BoardEditing editing;

    BoardEditPages(Boards boards, BoardEditing editing) {
        this.boards = boards;
        this.editing = editing;
    }

    @GetMapping("/boards/new")
    String newBoard(Model model) {
        model.addAttribute("boardForm", new BoardForm());
        return newPage(model);
    }

    @PostMapping("/boards/new")
    String create(@Valid @ModelAttribute("boardForm") BoardForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, CurrentUser person) {
        Board[] created = new Board[1];
        if (FormAttempt.succeeds(errors, () -> created[0] = editing.create(form, person))) {
            redirect.addFlashAttribute("notice", "Board created: " + created[0].getName());
            return "redirect:/boards/" + created[0].getId() + "/edit";
        }
        return newPage(model);
    }

    @GetMapping("/boards/{id}/edit")
    String edit(@PathVariable long id, Model model, CurrentUser person) {
        Board board = editable(id, person);
        model.addAttribute("boardForm", BoardForm.of(board));
        return editPage(board, model);
    }

    @PostMapping("/boards/{id}/edit")
    String save(@PathVariable long id, @Valid @ModelAttribute("boardForm") BoardForm form, BindingResult errors,
                Model model, RedirectAttributes redirect, CurrentUser person) {
        Board board = editable(id, person);
        if (FormAttempt.succeeds(errors, () -> editing.edit(id, form))) {
            redirect.addFlashAttribute("notice", "The board has been saved");
            return "redirect:/boards/" + id;
        }
        return editPage(board, model);
    }

    @GetMapping("/boards/{id}/members/new")
    String newMember(@PathVariable long id, Model model, CurrentUser person) {
        model.addAttribute("memberForm", new MemberForm());
        return memberPage(editable(id, person), null, model);
    }

    @PostMapping("/boards/{id}/members")
    String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors,
                     Model model, RedirectAttributes redirect, CurrentUser person) {
        Board board = editable(id, person);
        if (FormAttempt.succeeds(errors, () -> editing.addMember(id, form))) {
            redirect.addFlashAttribute("notice", "Added " + form.getName().strip() + " as " + form.getRole().label());
            return "redirect:/boards/" + id + "/edit#members";
        }
        return memberPage(board, null, model);
    }

    @GetMapping("/boards/{id}/members/{memberId}/edit")
    String member(@PathVariable long id, @PathVariable long memberId, Model model, CurrentUser person) {
        BoardMember member = memberOf(editable(id, person), memberId);
        MemberForm form = new MemberForm();
        form.setName(member.getName());
        form.setRole(member.getRole());
        form.setUsername(member.getUsername());
        model.addAttribute("memberForm", form);
        return memberPage(member.getBoard(), member, model);
    }

    @PostMapping("/boards/{id}/members/{memberId}/edit")
    String changeMember(@PathVariable long id, @PathVariable long memberId, @Valid @ModelAttribute("memberForm") MemberForm form,
                        BindingResult errors, Model model, RedirectAttributes redirect, CurrentUser person) {
        BoardMember member = memberOf(editable(id, person), memberId);
        if (FormAttempt.succeeds(errors, () -> editing.changeMember(id, memberId, form))) {
            redirect.addFlashAttribute("notice", "Saved " + form.getName().strip());
            return "redirect:/boards/" + id + "/edit#members";
        }
        return memberPage(member.getBoard(), member, model);
    }

    @PostMapping("/boards/{id}/members/{memberId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect, CurrentUser person) {
        BoardMember member = memberOf(editable(id, person), memberId);
        editing.removeMember(id, memberId);
        redirect.addFlashAttribute("notice", "Took " + member.getName() + " off the board");
        return "redirect:/boards/" + id + "/edit#members";
    }

    private Board editable(long id, CurrentUser person) {
        Board board = boards.findReachable(id, person).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!BoardEditing.mayEdit(board, person)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return board;
    }

    private static BoardMember memberOf(Board board, long memberId) {
        return board.getMembers().stream().filter(m -> m.getId() == memberId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String newPage(Model model) {
        model.addAttribute("kinds", BoardKind.values());
        return "governance/board-new";
    }

    private static String editPage(Board board, Model model) {
        model.addAttribute("board", board);
        model.addAttribute("kinds", BoardKind.values());
        return "governance/board-edit";
    }

    private static String memberPage(Board board, BoardMember member, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("board", board);
        model.addAttribute("roles", MemberRole.values());
        return "governance/member-edit";
    }
}
