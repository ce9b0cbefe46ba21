package org.oversight.importing;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanAccess;
import org.oversight.plan.PlanRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The first step of importing a plan on the web: upload a file or paste a table. A readable
 * document is kept in the session as a {@link PendingImport} and the person goes on to check the
 * column mapping; a refused or unreadable one is shown in the error summary.
 */
@Controller
class ImportPages {
    static final String PASTED_NAME = "pasted table.txt";
    private final PlanFiles files;
    private final PlanRepository plans;
    private final PlanAccess access;

    ImportPages(PlanFiles files, PlanRepository plans, PlanAccess access) {
        this.files = files;
        this.plans = plans;
        this.access = access;
    }

    static void requireManager(PlanAccess access, Authentication auth) {
        if (!access.canManage(auth)) {
            throw new AccessDeniedException("Only plan managers and administrators import plans");
        }
    }

    /** The plans the person may import a newer version of: those within reach they may manage. */
    static List<ActionPlan> updatable(PlanAccess access, Authentication auth) {
        return access.listed(auth).stream().filter(p -> access.canManage(auth, p)).toList();
    }

    @GetMapping("/imports/new")
    String start(Authentication auth, Model model) {
        requireManager(access, auth);
        return show(model, new ImportForm(), auth);
    }

    @PostMapping("/imports/new")
    String upload(Authentication auth, @ModelAttribute("importForm") ImportForm form, BindingResult errors,
                  Model model, HttpSession session) throws IOException {
        requireManager(access, auth);
        check(form, errors, auth);
        if (errors.hasErrors()) {
            return show(model, form, auth);
        }
        String field = form.hasFile() ? "file" : "pasted";
        byte[] bytes = form.hasFile() ? form.getFile().getBytes() : form.getPasted().getBytes(StandardCharsets.UTF_8);
        String name = form.hasFile() ? form.getFile().getOriginalFilename() : PASTED_NAME;
        try {
            SourceDocument[] found = new SourceDocument[1];
            PlanReading reading = files.read(bytes, name, form.options(), ColumnMapping.empty(), StructureFixes.none(), null,
                    source -> found[0] = source);
            if (reading.plan().recommendations().isEmpty()) {
                errors.rejectValue(field, "unreadable", "Oversight found no actions or recommendations in " + (form.hasFile()
                        ? name : "the pasted text") + ": it needs a table whose header row names the actions, or a"
                        + " numbered list of recommendations");
                return show(model, form, auth);
            }
            PendingImport pending = new PendingImport(bytes, name, form.options(), form.getPlanId());
            pending.remember(reading.mapping());
            pending.keep(found[0]);
            pending.keep(reading, StructureFixes.none());
            session.setAttribute(PendingImport.SESSION_KEY, pending);
            return "redirect:/imports/mapping";
        } catch (ImportRefused e) {
            errors.rejectValue(field, "refused", refusal(e));
            return show(model, form, auth);
        }
    }

    @PostMapping("/imports/cancel")
    String cancel(Authentication auth, HttpSession session, RedirectAttributes redirect) {
        requireManager(access, auth);
        session.removeAttribute(PendingImport.SESSION_KEY);
        redirect.addFlashAttribute("notice", "The import was cancelled: nothing was saved");
        return "redirect:/plans";
    }

    /** The reason in words, naming where in the file the problem is when the reader said. */
    static String refusal(ImportRefused e) {
        String message = e.getMessage();
        return e.location() == null || message.contains(e.location()) ? message
                : message + " (at " + e.location() + ")";
    }

    private void check(ImportForm form, BindingResult errors, Authentication auth) {
        if (!form.hasFile() && !form.hasPasted()) {
            errors.rejectValue("file", "required", "Choose a file to upload, or paste a table");
        }
        if (form.getPeriodStart() != null && form.getPeriodEnd() != null && form.getPeriodEnd().isBefore(form.getPeriodStart())) {
            errors.rejectValue("periodEnd", "beforeStart", "The plan period must end on or after the day it starts");
        }
        if (form.getPlanId() != null && plans.findById(form.getPlanId())
                .filter(p -> !p.isArchived() && access.canManage(auth, p)).isEmpty()) {
            errors.rejectValue("planId", "unknown", "Choose a plan from the list, or import as a new plan");
        }
    }

    private String show(Model model, ImportForm form, Authentication auth) {
        model.addAttribute("importForm", form);
        model.addAttribute("plans", updatable(access, auth));
        return "importing/new";
    }
}
