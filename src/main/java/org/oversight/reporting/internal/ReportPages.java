package org.oversight.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import org.oversight.account.CurrentUser;
import org.oversight.plan.ActionPlan;
import org.oversight.reporting.IssuedPackSummary;
import org.oversight.reporting.PackRequest;
import org.oversight.reporting.ReportFormat;
import org.oversight.reporting.ReportPacks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /plans/{id}/reports}: choose a board, date and format; preview, issue and download; the packs issued. */
@Controller
class ReportPages {
    private final ReportPacks packs;
    private final PackAccess access;

    ReportPages(ReportPacks packs, PackAccess access) {
        this.packs = packs;
        this.access = access;
    }

    @GetMapping("/plans/{id}/reports")
    String page(@PathVariable long id, @RequestParam(required = false) Long issued,
                @RequestParam(required = false) String check, ReportForm asked, Authentication auth, Model model) {
        ActionPlan plan = access.readablePlan(id, auth);
        List<IssuedPackSummary> list = packs.issued(id).stream().filter(p -> access.maySee(p, auth, plan)).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("issuedPacks", list);
        model.addAttribute("justIssued", issued);
        model.addAttribute("formats", ReportFormat.values());
        model.addAttribute("form", new ReportForm("", "", plan.latestRound().orElse(LocalDate.now()).toString(), false, "pdf", false));
        model.addAttribute("signedIn", access.insider(auth, plan));
        model.addAttribute("canIssue", access.canIssue(auth, plan));
        model.addAttribute("boards", list.stream().map(IssuedPackSummary::board).distinct().toList());
        if (check != null) {
            model.addAttribute("form", asked);
            model.addAttribute("errors", asked.errors());
        }
        return "reporting/reports";
    }

    @GetMapping("/plans/{id}/reports/draft")
    ResponseEntity<byte[]> draft(@PathVariable long id, ReportForm form, Authentication auth) {
        ActionPlan plan = access.readablePlan(id, auth);
        if (!access.insider(auth, plan)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Sign in as someone of the plan's organisation to prepare a report");
        }
        if (!form.errors().isEmpty()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(org.springframework.web.util.UriComponentsBuilder
                    .fromPath("/plans/{id}/reports").queryParam("check", "1").queryParam("board", form.board())
                    .queryParam("meeting", form.meeting()).queryParam("asAt", form.asAt())
                    .queryParam("fileFormat", form.fileFormat()).encode().buildAndExpand(id).toUri()).build();
        }
        ReportFormat format = form.format().orElse(ReportFormat.HTML);
        PackRequest request = form.toRequest(CurrentUser.of(auth).displayName());
        if (!access.maySeeExempt(request.board(), plan, auth)) {
            request = request.withoutExempt();
        }
        byte[] bytes = packs.render(packs.prepare(id, request).orElseThrow(PackAccess::notFound), format);
        return IssuedPackPages.file(bytes, format, "draft-report-plan-" + id, format == ReportFormat.HTML);
    }

    @PostMapping("/plans/{id}/reports")
    String issue(@PathVariable long id, ReportForm form, Authentication auth, Model model) {
        ActionPlan plan = access.readablePlan(id, auth);
        if (!access.canIssue(auth, plan)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only plan managers issue reports");
        }
        List<String> errors = form.errors();
        if (!errors.isEmpty()) {
            page(id, null, null, form, auth, model);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("plan", plan);
            return "reporting/reports";
        }
        IssuedPackSummary issued = packs.issue(id, form.toRequest(CurrentUser.of(auth).displayName()), auth.getName());
        return "redirect:/plans/" + id + "/reports?issued=" + issued.id();
    }
}
