package org.oversight.plan;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** Downloads of a plan, for whoever may read it: exchange JSON, CSV and the Excel workbook. */
@Controller
class PlanExportPages {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final PlanRepository plans;
    private final PlanAccess access;
    private final PlanExporter exporter;
    private final JsonMapper mapper;

    PlanExportPages(PlanRepository plans, PlanAccess access, PlanExporter exporter, JsonMapper mapper) {
        this.plans = plans;
        this.access = access;
        this.exporter = exporter;
        this.mapper = mapper;
    }

    @GetMapping("/plans/{id}/export.xlsx")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> workbook(@PathVariable long id, Authentication auth) {
        return download(id, "xlsx", XLSX, PlanWorkbook.of(exported(id, auth)));
    }

    @GetMapping("/plans/{id}/export.csv")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> csv(@PathVariable long id, Authentication auth) {
        return download(id, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                PlanCsv.of(exported(id, auth)).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/plans/{id}/export.json")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> json(@PathVariable long id, Authentication auth) {
        return download(id, "json", MediaType.APPLICATION_JSON,
                mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(exported(id, auth)));
    }

    private PlanExchange exported(long id, Authentication auth) {
        ActionPlan plan = plans.findById(id).filter(p -> !p.isArchived() && access.canRead(auth, p))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return exporter.export(plan);
    }

    private static ResponseEntity<byte[]> download(long id, String extension, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("plan-" + id + "." + extension).build().toString())
                .body(body);
    }
}
