package org.oversight.committee;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.Map;
import org.oversight.account.CurrentUser;
import org.oversight.governance.Meeting;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing a committee report: the meeting's reports, a new draft, the report's page and the form that rewrites it. */
@Controller
class CommitteeReportPages {
    private final ReportAccess access;
    private final CommitteeReports reports;
    private final ReportWorkflow workflow;
    private final ReportDeadlines deadlines;
    private final ClearingOfficers clearers;
    private final LiveParts liveParts;
    private final java.time.Clock clock;
    private final org.oversight.governance.PublicationPolicy policy;
    private final ReportTemplates templates;
    private final PackAppendices packAppendices;

    CommitteeReportPages(ReportAccess access, CommitteeReports reports, ReportWorkflow workflow, ReportDeadlines deadlines,
                         ClearingOfficers clearers, LiveParts liveParts, java.time.Clock clock,
                         org.oversight.governance.PublicationPolicy policy, ReportTemplates templates,
                         PackAppendices packAppendices) {
        this.access = access;
        this.packAppendices = packAppendices;
        this.templates = templates;
        this.policy = policy;
        this.clock = clock;
        this.liveParts = liveParts;
        this.clearers = clearers;
        this.reports = reports;
        this.workflow = workflow;
        this.deadlines = deadlines;
    }

    @GetMapping("/meetings/{id}/committee-reports")
    String list(@PathVariable long id, Model model, CurrentUser person) {
        Meeting meeting = access.meeting(id, person);
        model.addAttribute("meeting", meeting);
        model.addAttribute("reports", reports.findByMeetingOrderById(meeting).stream()
                .filter(r -> !r.isExempt() || access.seesExempt(r, person)).toList());
        model.addAttribute("draftDue", deadlines.draftDue(meeting.getDate()));
        model.addAttribute("publicationDue", deadlines.publicationDue(meeting.getDate()));
        model.addAttribute("canWrite", ReportWorkflow.mayWriteFor(meeting.getBoard(), person));
        model.addAttribute("seesExempt", access.seesExemptOf(meeting, person));
        model.addAttribute("canPublish", ReportWorkflow.mayPublish(meeting.getBoard(), person));
        model.addAttribute("agendaPublishedOn", workflow.agendaPublishedOn(meeting).orElse(null));
        model.addAttribute("late", deadlines.publicationDue(meeting.getDate()).isBefore(java.time.LocalDate.now(clock)));
        return "committee/reports";
    }

    @PostMapping("/meetings/{id}/committee-reports")
    String draft(@PathVariable long id, @RequestParam(required = false) String title, RedirectAttributes redirect,
                 CurrentUser person) {
        Meeting meeting = access.meeting(id, person);
        ReportAccess.require(ReportWorkflow.mayWriteFor(meeting.getBoard(), person));
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            redirect.addFlashAttribute("errorMessage", "Enter the report's title, in 300 characters or fewer");
            return "redirect:/meetings/" + id + "/committee-reports";
        }
        CommitteeReport report = workflow.draft(meeting, title, person.username());
        return "redirect:/committee-reports/" + report.getId() + "/edit";
    }

    @GetMapping("/committee-reports/{id}")
    String report(@PathVariable long id, Model model, CurrentUser person, org.springframework.security.core.Authentication auth) {
        CommitteeReport report = access.report(id, person);
        model.addAttribute("report", report);
        boolean canRewrite = report.getStatus() != ReportStatus.PUBLISHED && ReportWorkflow.mayRewrite(report, person);
        model.addAttribute("packPlans", canRewrite ? packAppendices.choosable(report, auth) : java.util.List.of());
        model.addAttribute("packFormats", PackAppendices.FORMATS);
        model.addAttribute("packToday", packAppendices.today());
        if (!model.containsAttribute("packErrors")) {
            model.addAttribute("packErrors", Map.of());
        }
        model.addAttribute("blocks", liveParts.blocks(report));
        model.addAttribute("minuted", policy.itemsFor(report.getMeeting(), person).stream()
                .filter(i -> report.getId().equals(i.getReportId())).toList());
        model.addAttribute("meeting", report.getMeeting());
        model.addAttribute("canRewrite", canRewrite);
        model.addAttribute("missing", report.missingForClearance());
        ReportTemplate boardTemplate = templates.of(report.getMeeting().getBoard());
        model.addAttribute("boardTemplateRevision", boardTemplate.getRevision());
        model.addAttribute("templateChanged", report.getStatus() != ReportStatus.PUBLISHED
                && !java.util.Objects.equals(report.getTemplateRevision() == null ? 0 : report.getTemplateRevision(), boardTemplate.getRevision()));
        model.addAttribute("roles", ClearanceRole.values());
        Map<String, String> officers = new java.util.HashMap<>();
        report.namedOfficers().forEach((role, officer) -> officers.put(role.name(), officer));
        if (!model.containsAttribute("officers")) {
            model.addAttribute("officers", officers);
        }
        if (!model.containsAttribute("clearanceErrors")) {
            model.addAttribute("clearanceErrors", Map.of());
        }
        model.addAttribute("eligible", report.getStatus() == ReportStatus.DRAFT ? clearers.eligible(report.getMeeting().getBoard()) : java.util.List.of());
        model.addAttribute("me", person.usernameOrAnonymous());
        return "committee/report";
    }

    @GetMapping("/committee-reports/{id}/edit")
    String edit(@PathVariable long id, Model model, CurrentUser person) {
        CommitteeReport report = rewritable(id, person);
        model.addAttribute("reportForm", ReportForm.of(report));
        return form(report, model);
    }

    @PostMapping("/committee-reports/{id}/edit")
    String save(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors,
                Model model, RedirectAttributes redirect, CurrentUser person) {
        CommitteeReport report = rewritable(id, person);
        if (form.isExempt() && form.getExemptParagraph() == null) {
            errors.rejectValue("exemptParagraph", "missing", "Choose the paragraph of Schedule 12A the report is exempt under");
        }
        if (form.getBackgroundPapers() != null && form.getBackgroundPapers().lines().anyMatch(l -> l.strip().length() > 500)) {
            errors.rejectValue("backgroundPapers", "tooLong", "Each background paper must be 500 characters or fewer");
        }
        if (form.getCustom() == null) {
            form.setCustom(new java.util.HashMap<>());
        }
        form.getCustom().forEach((key, text) -> {
            if (TemplateSection.isCustomKey(key) && text != null && text.strip().length() > 16000) {
                errors.rejectValue("custom[" + key + "]", "tooLong", "Each section's text must be 16,000 characters or fewer");
            }
        });
        if (errors.hasErrors()) {
            return form(report, model);
        }
        boolean askedAgain = workflow.rewrite(id, form.content(), form.getCustom());
        redirect.addFlashAttribute("notice", askedAgain ? "The report has been saved: every clearance is asked for again"
                : "The report has been saved");
        return "redirect:/committee-reports/" + id;
    }

    @PostMapping("/committee-reports/{id}/clearance")
    String send(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect, CurrentUser person) {
        CommitteeReport report = rewritable(id, person);
        Map<ClearanceRole, String> officers = new EnumMap<>(ClearanceRole.class);
        for (ClearanceRole role : ClearanceRole.values()) {
            officers.put(role, params.get(role.name().toLowerCase(java.util.Locale.UK)));
        }
        Map<ClearanceRole, String> problems = clearers.problems(report.getMeeting().getBoard(), officers);
        if (!problems.isEmpty()) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            problems.forEach((role, problem) -> errors.put(role.name(), problem));
            Map<String, String> chosen = new java.util.HashMap<>();
            officers.forEach((role, named) -> chosen.put(role.name(), named));
            redirect.addFlashAttribute("clearanceErrors", errors);
            redirect.addFlashAttribute("officers", chosen);
            return "redirect:/committee-reports/" + id;
        }
        return attempt(id, redirect, "The report has been sent for clearance", () -> workflow.sendForClearance(id, officers));
    }

    @PostMapping("/committee-reports/{id}/clearances/{clearanceId}")
    String decide(@PathVariable long id, @PathVariable long clearanceId, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(required = false) String comment, RedirectAttributes redirect, CurrentUser person) {
        access.report(id, person);
        boolean cleared = decision.equals("clear");
        return attempt(id, redirect, cleared ? "You have cleared the report" : "You have returned the report to its author",
                () -> workflow.decide(id, clearanceId, person.username(), cleared, comment));
    }

    @PostMapping("/committee-reports/{id}/appendices")
    String attach(@PathVariable long id, @RequestParam(required = false) String title,
                  @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
                  RedirectAttributes redirect, CurrentUser person) throws java.io.IOException {
        rewritable(id, person);
        try {
            AppendixFile kept = AppendixFile.of(file == null ? null : file.getOriginalFilename(),
                    file == null || file.getSize() > AppendixFile.MAX_BYTES ? oversize(file) : file.getBytes());
            ReportAppendix appendix = workflow.attach(id, title, kept);
            redirect.addFlashAttribute("notice", "Appendix " + appendix.letter() + " has been added");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            redirect.addFlashAttribute("appendixError", refused.getMessage());
            redirect.addFlashAttribute("appendixTitle", title);
        }
        return "redirect:/committee-reports/" + id + "#appendices";
    }

    /** A plan's report pack as at a date, generated now and appended as the report's next lettered appendix. */
    @PostMapping("/committee-reports/{id}/appendices/pack")
    String attachPack(@PathVariable long id, @RequestParam(required = false) String plan, @RequestParam(required = false) String day,
                      @RequestParam(required = false) String month, @RequestParam(required = false) String year,
                      @RequestParam(required = false) String format, RedirectAttributes redirect, CurrentUser person,
                      org.springframework.security.core.Authentication auth) {
        CommitteeReport report = rewritable(id, person);
        PackAppendices.Request asked = new PackAppendices.Request(plan, day, month, year, format);
        Map<String, String> problems = packAppendices.problems(report, asked, auth);
        if (problems.isEmpty()) {
            try {
                ReportAppendix appendix = packAppendices.attach(report, asked, auth, person.displayName());
                redirect.addFlashAttribute("notice", "Appendix " + appendix.letter() + " has been added: " + appendix.getTitle());
                return "redirect:/committee-reports/" + id + "#appendices";
            } catch (IllegalArgumentException | IllegalStateException refused) {
                problems = Map.of("pack-plan", refused.getMessage());
            }
        }
        redirect.addFlashAttribute("packErrors", problems);
        Map<String, String> typed = new java.util.HashMap<>();
        typed.put("plan", plan);
        typed.put("day", day);
        typed.put("month", month);
        typed.put("year", year);
        typed.put("format", format);
        redirect.addFlashAttribute("packAsked", typed);
        return "redirect:/committee-reports/" + id + "#attach-pack";
    }

    /** An empty file stands for none; a file over the limit is refused without reading it. */
    private static byte[] oversize(org.springframework.web.multipart.MultipartFile file) {
        if (file == null) {
            return new byte[0];
        }
        throw new IllegalArgumentException("The appendix must be 10 MB or smaller");
    }

    @PostMapping("/committee-reports/{id}/appendices/{appendixId}/remove")
    String detach(@PathVariable long id, @PathVariable long appendixId, RedirectAttributes redirect, CurrentUser person) {
        rewritable(id, person);
        return attempt(id, redirect, "The appendix has been removed", () -> workflow.detach(id, appendixId));
    }

    @GetMapping("/committee-reports/{id}/appendices/{appendixId}")
    org.springframework.http.ResponseEntity<byte[]> appendix(@PathVariable long id, @PathVariable long appendixId, CurrentUser person) {
        return AgendaPages.download(access.report(id, person).appendix(appendixId)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
    }

    /** The clerk's step that publishes the agenda pack with every cleared report on the agenda. */
    @PostMapping("/meetings/{id}/agenda/publish")
    String publishAgenda(@PathVariable long id, @RequestParam(required = false) String urgencyReason, RedirectAttributes redirect,
                         CurrentUser person) {
        Meeting meeting = access.meeting(id, person);
        ReportAccess.require(ReportWorkflow.mayPublish(meeting.getBoard(), person));
        if (urgencyReason != null && urgencyReason.strip().length() > 2000) {
            redirect.addFlashAttribute("publishError", "The reason for urgency must be 2,000 characters or fewer");
        } else {
            try {
                int published = workflow.publishAgenda(meeting, person.username(), urgencyReason).size();
                redirect.addFlashAttribute("notice", "The agenda pack has been published with " + published
                        + (published == 1 ? " report" : " reports"));
                return "redirect:/meetings/" + id + "/committee-reports";
            } catch (IllegalArgumentException | IllegalStateException refused) {
                redirect.addFlashAttribute("publishError", refused.getMessage());
            }
        }
        if (urgencyReason != null) {
            redirect.addFlashAttribute("urgencyReason", urgencyReason);
        }
        return "redirect:/meetings/" + id + "/committee-reports#publish";
    }

    private static String attempt(long id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", done);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            redirect.addFlashAttribute("errorMessage", refused.getMessage());
        }
        return "redirect:/committee-reports/" + id;
    }

    private CommitteeReport rewritable(long id, CurrentUser person) {
        CommitteeReport report = access.report(id, person);
        ReportAccess.require(report.getStatus() != ReportStatus.PUBLISHED && ReportWorkflow.mayRewrite(report, person));
        return report;
    }

    private static String form(CommitteeReport report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("kinds", ImplicationKind.values());
        return "committee/report-form";
    }
}
