package org.oversight.reporting.internal;

import org.oversight.audit.AuditTrail;
import org.oversight.plan.ActionPlan;
import org.oversight.reporting.IssuedPackSummary;
import org.oversight.reporting.ReportFormat;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPacks;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One issued pack: what was issued, by whom and when, each file with its digest, its audit trail; and the files. */
@Controller
class IssuedPackPages {
    private final ReportPacks packs;
    private final PackAccess access;
    private final AuditTrail audit;

    IssuedPackPages(ReportPacks packs, PackAccess access, AuditTrail audit) {
        this.packs = packs;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/plans/{id}/reports/{packId}/details")
    String page(@PathVariable long id, @PathVariable long packId, Authentication auth, Model model) {
        ActionPlan plan = access.readablePlan(id, auth);
        model.addAttribute("plan", plan);
        IssuedPackSummary pack = visible(plan, packId, auth);
        ReportPack issued = packs.issuedModel(packId).orElseThrow(PackAccess::notFound);
        model.addAttribute("pack", pack);
        model.addAttribute("changes", issued.changes());
        model.addAttribute("files", packs.issuedFiles(packId));
        model.addAttribute("previousVisible", issued.changes().previousPackId() != null
                && packs.issuedPack(issued.changes().previousPackId()).filter(p -> access.maySee(p, auth, plan)).isPresent());
        model.addAttribute("auditRecords", access.insider(auth, plan)
                ? audit.recordsOf(PackService.AUDITED, packId) : java.util.List.of());
        model.addAttribute("fmt", new PackWords());
        return "reporting/issued";
    }

    @GetMapping("/plans/{id}/reports/{packId}.{ext}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long packId, @PathVariable String ext,
                                    Authentication auth) {
        IssuedPackSummary pack = visible(access.readablePlan(id, auth), packId, auth);
        ReportFormat format = ReportFormat.named(ext).orElseThrow(PackAccess::notFound);
        byte[] bytes = packs.issuedFile(pack.id(), format).orElseThrow(PackAccess::notFound);
        return file(bytes, format, "report-" + pack.id() + "-plan-" + id, format == ReportFormat.HTML);
    }

    private IssuedPackSummary visible(ActionPlan plan, long packId, Authentication auth) {
        return packs.issuedPack(packId).filter(p -> p.planId() == plan.getId()).filter(p -> access.maySee(p, auth, plan))
                .orElseThrow(PackAccess::notFound);
    }

    static ResponseEntity<byte[]> file(byte[] bytes, ReportFormat format, String name, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name + "." + format.extension()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(bytes);
    }
}
