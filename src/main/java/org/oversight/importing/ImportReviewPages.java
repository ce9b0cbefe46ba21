package org.oversight.importing;

import static org.oversight.importing.ImportPages.requireManager;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.oversight.plan.PlanAccess;
import org.oversight.plan.PlanRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The later steps of a web import, on the {@link PendingImport} in the session: correct the
 * column mapping, preview what will be imported, then confirm (one transaction) or cancel.
 * Without a pending import each step goes back to the start.
 */
@Controller
class ImportReviewPages {
    private static final String START = "redirect:/imports/new";
    private final PlanFiles files;
    private final PlanImporter importer;
    private final PlanRepository plans;
    private final PlanAccess access;

    ImportReviewPages(PlanFiles files, PlanImporter importer, PlanRepository plans, PlanAccess access) {
        this.files = files;
        this.importer = importer;
        this.plans = plans;
        this.access = access;
    }

    @GetMapping("/imports/mapping")
    String mapping(Authentication auth, HttpSession session, Model model) {
        requireManager(access, auth);
        PendingImport pending = pending(session);
        if (pending == null) {
            return START;
        }
        model.addAttribute("pending", pending);
        model.addAttribute("fields", PlanField.values());
        return "importing/mapping";
    }

    @PostMapping("/imports/mapping")
    String correct(Authentication auth, HttpSession session, Model model,
                   @RequestParam(name = "field", required = false) List<PlanField> fields,
                   @RequestParam(name = "corrections", required = false) String corrections) {
        requireManager(access, auth);
        PendingImport pending = pending(session);
        if (pending == null) {
            return START;
        }
        pending.correct(fields == null ? List.of() : fields);
        try {
            pending.correctStructure(corrections);
        } catch (ImportRefused e) {
            session.setAttribute(PendingImport.SESSION_KEY, pending);
            model.addAttribute("pending", pending);
            model.addAttribute("fields", PlanField.values());
            model.addAttribute("correctionsError", e.getMessage());
            model.addAttribute("corrections", corrections);
            return "importing/mapping";
        }
        session.setAttribute(PendingImport.SESSION_KEY, pending);
        return "redirect:/imports/preview";
    }

    @GetMapping("/imports/preview")
    String preview(Authentication auth, HttpSession session, Model model) throws IOException {
        requireManager(access, auth);
        PendingImport pending = pending(session);
        if (pending == null) {
            return START;
        }
        try {
            return show(model, pending, read(pending), null);
        } catch (ImportRefused e) {
            return show(model, pending, null, ImportPages.refusal(e));
        }
    }

    @PostMapping("/imports/confirm")
    String confirm(Authentication auth, HttpSession session, Model model, RedirectAttributes redirect) throws IOException {
        requireManager(access, auth);
        PendingImport pending = pending(session);
        if (pending == null) {
            return START;
        }
        PlanReading reading = null;
        try {
            reading = read(pending);
            String by = auth.getName();
            long id;
            if (pending.planId() == null) {
                id = importer.importNew(reading.plan(), by, access.organisationOf(auth));
                redirect.addFlashAttribute("notice", "The plan has been imported: " + reading.plan().recommendations().size()
                        + " recommendations and " + reading.plan().actionCount() + " actions");
            } else {
                requireManagerOf(pending.planId(), auth);
                PlanUpdate update = importer.importUpdate(pending.planId(), reading.plan(), by);
                id = update.planId();
                redirect.addFlashAttribute("notice", "The plan has been updated: " + update.matched() + " actions matched, "
                        + update.progressRecorded() + " progress updates recorded, " + update.added() + " actions added"
                        + update.warnings().stream().map(w -> ". " + w.message()).reduce("", String::concat));
            }
            session.removeAttribute(PendingImport.SESSION_KEY);
            return "redirect:/plans/" + id;
        } catch (ImportRefused e) {
            return show(model, pending, reading, ImportPages.refusal(e));
        }
    }

    /** A newer version only of a plan the person may manage (the form offered no other). */
    private void requireManagerOf(long planId, Authentication auth) {
        if (plans.findById(planId).filter(p -> access.canManage(auth, p)).isEmpty()) {
            throw new AccessDeniedException("This plan belongs to another organisation");
        }
    }

    private PlanReading read(PendingImport pending) throws IOException {
        PlanReading kept = pending.readingFor(pending.mapping(), pending.fixes());
        if (kept != null) {
            return kept;
        }
        PlanReading reading = files.read(pending.bytes(), pending.filename(), pending.options(), pending.mapping(),
                pending.fixes(), pending.source(), pending::keep);
        pending.keep(reading, pending.fixes());
        return reading;
    }

    private String show(Model model, PendingImport pending, PlanReading reading, String refusal) {
        model.addAttribute("pending", pending);
        model.addAttribute("preview", reading == null ? null : ImportPreview.of(reading));
        model.addAttribute("refusal", refusal);
        model.addAttribute("target", pending.planId() == null ? null : plans.findById(pending.planId()).orElse(null));
        return "importing/preview";
    }

    private static PendingImport pending(HttpSession session) {
        return session.getAttribute(PendingImport.SESSION_KEY) instanceof PendingImport p ? p : null;
    }
}
