package org.oversight.importing;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The first step of a web import: a file or a pasted table, what the person knows of the plan, and the plan it updates. */
public class ImportForm {
    private MultipartFile file;
    private String pasted;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate asAt;
    private Long planId;

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
    public String getPasted() { return pasted; }
    public void setPasted(String pasted) { this.pasted = pasted; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public LocalDate getAsAt() { return asAt; }
    public void setAsAt(LocalDate asAt) { this.asAt = asAt; }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long planId) { this.planId = planId; }

    boolean hasFile() {
        return file != null && !file.isEmpty();
    }

    boolean hasPasted() {
        return pasted != null && !pasted.isBlank();
    }

    ImportOptions options() {
        return new ImportOptions(periodStart, periodEnd, asAt);
    }
}
