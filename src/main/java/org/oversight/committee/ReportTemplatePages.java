package org.oversight.committee;

import java.util.Map;
import java.util.function.Consumer;
import org.oversight.account.CurrentUser;
import org.oversight.governance.Board;
import org.oversight.governance.BoardEditing;
import org.oversight.governance.Boards;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board's report template, edited in one form that works without JavaScript: each button
 * (save, move up, move down, remove, add) posts the whole form, so no typed change is lost. Those
 * who may change the board edit it; another council's board is not found.
 */
@Controller
class ReportTemplatePages {
    private final Boards boards;
    private final ReportTemplating templating;
    private final ReportWorkflow workflow;
    private final ReportAccess access;

    ReportTemplatePages(Boards boards, ReportTemplating templating, ReportWorkflow workflow, ReportAccess access) {
        this.boards = boards;
        this.templating = templating;
        this.workflow = workflow;
        this.access = access;
    }

    @GetMapping("/boards/{id}/report-template")
    String edit(@PathVariable long id, Model model, CurrentUser person) {
        Board board = editable(id, person);
        return page(board, templating.of(board), Map.of(), null, model);
    }

    @PostMapping("/boards/{id}/report-template")
    String save(@PathVariable long id, @ModelAttribute("templateForm") TemplateForm form, BindingResult binding,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect, CurrentUser person) {
        Board board = editable(id, person);
        if (binding.hasErrors()) {
            return conflict(board, model);
        }
        String[] step = action.split("-", 2);
        int index = step.length == 2 && step[1].chars().allMatch(Character::isDigit) && step[1].length() < 4 ? Integer.parseInt(step[1]) : -1;
        String heading = index >= 0 && index < form.getSections().size() && form.getSections().get(index).getHeading() != null
                ? form.getSections().get(index).getHeading().strip() : "";
        Consumer<ReportTemplate> change;
        String what;
        switch (step[0]) {
            case "up" -> { change = t -> t.moveUp(index); what = "moved " + heading + " up"; }
            case "down" -> { change = t -> t.moveDown(index); what = "moved " + heading + " down"; }
            case "remove" -> { change = t -> t.remove(index); what = "removed the section " + heading; }
            case "add" -> {
                String added = form.getNewHeading() == null ? "" : form.getNewHeading().strip();
                change = t -> t.add(added, form.getNewGuidance());
                what = "added the section " + added;
            }
            default -> { change = t -> { }; what = "changed the headings and guidance"; }
        }
        ReportTemplating.Outcome outcome;
        try {
            outcome = templating.change(board, form.getRevision(), form.edited(), change, what);
        } catch (ObjectOptimisticLockingFailureException raced) {
            return conflict(board, model);
        } catch (DataIntegrityViolationException raced) {
            if (templating.of(board).getRevision() == 0) {
                throw raced;
            }
            return conflict(board, model);
        }
        if (outcome.conflict()) {
            return conflict(board, model);
        }
        if (!outcome.saved()) {
            return page(board, outcome.template(), outcome.problems(), form, model);
        }
        redirect.addFlashAttribute("notice", "The report template has been saved: " + what);
        return "redirect:/boards/" + id + "/report-template" + (index >= 0 ? "#section-" + index : "");
    }

    /** Moves a draft (or a report in clearance, which is then asked for again) to its board's template as it is now. */
    @PostMapping("/committee-reports/{id}/template")
    String useBoardTemplate(@PathVariable long id, RedirectAttributes redirect, CurrentUser person) {
        CommitteeReport report = access.report(id, person);
        ReportAccess.require(report.getStatus() != ReportStatus.PUBLISHED && ReportWorkflow.mayRewrite(report, person));
        boolean askedAgain = workflow.useBoardTemplate(id);
        redirect.addFlashAttribute("notice", askedAgain ? "The report now follows the board's template: every clearance is asked for again"
                : "The report now follows the board's template");
        return "redirect:/committee-reports/" + id;
    }

    private String conflict(Board board, Model model) {
        return page(board, templating.of(board), Map.of("sections", "Someone else saved this template while you were editing it,"
                + " so your change was not saved. The template as they left it is shown below: make your change again."), null, model);
    }

    /** The editor showing the template (as edited, when refused for its problems), keeping what was typed for a new section. */
    private static String page(Board board, ReportTemplate template, Map<String, String> problems, TemplateForm typed, Model model) {
        TemplateForm shown = TemplateForm.of(template);
        if (typed != null) {
            shown.setRevision(typed.getRevision());
            shown.setNewHeading(typed.getNewHeading());
            shown.setNewGuidance(typed.getNewGuidance());
        }
        model.addAttribute("templateForm", shown);
        model.addAttribute("board", board);
        model.addAttribute("problems", problems);
        return "committee/report-template";
    }

    private Board editable(long id, CurrentUser person) {
        Board board = boards.findReachable(id, person).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!BoardEditing.mayEdit(board, person)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return board;
    }
}
