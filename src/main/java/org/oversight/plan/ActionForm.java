package org.oversight.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;

/** What a plan manager fills in to add or edit an action. Editing carries the version seen. */
class ActionForm {
    @NotBlank(message = "Enter the action's reference")
    @Size(max = 20, message = "Reference must be 20 characters or fewer")
    private String reference;
    @NotBlank(message = "Enter what the action is")
    @Size(max = 8000, message = "Description must be 8,000 characters or fewer")
    private String description;
    @Size(max = 8000, message = "Required outcomes must be 8,000 characters or fewer")
    private String outcomes;
    @Size(max = 8000, message = "Measures must be 8,000 characters or fewer")
    private String measures;
    @Size(max = 2000, message = "Leads must be 2,000 characters or fewer")
    private String leads;
    private Long leadOrganisationId;
    private Priority priority;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @Size(max = 500, message = "Timescale must be 500 characters or fewer")
    private String timescale;
    @Size(max = 2000, message = "Dependencies must be 2,000 characters or fewer")
    private String dependencies;
    @NotNull(message = "Select where the action stands")
    private ActionStatus status = ActionStatus.NOT_STARTED;
    private long version;

    static ActionForm from(Action a) {
        ActionForm f = new ActionForm();
        f.reference = a.getReference();
        f.description = a.getDescription();
        f.outcomes = a.getOutcomes();
        f.measures = a.getMeasures();
        f.leads = LeadLines.write(a.getLeads());
        f.leadOrganisationId = a.getLeads().stream().map(Lead::getOrganisation).filter(Objects::nonNull)
                .map(Organisation::getId).findFirst().orElse(null);
        f.priority = a.getPriority();
        f.startDate = a.getStartDate();
        f.timescale = a.getTimescale().getText();
        f.dependencies = DependencyList.write(a.getDependencies());
        f.status = a.getStatus();
        f.version = a.getVersion();
        return f;
    }

    /** The fields as a person reads them, by label; for audit entries and edit conflicts. */
    Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Reference", reference);
        m.put("Description", description);
        m.put("Required outcomes", outcomes);
        m.put("Measures", measures);
        m.put("Leads", leads);
        m.put("Priority", priority == null ? null : priority.label());
        m.put("Start date", startDate == null ? null : LongDate.of(startDate));
        m.put("Timescale", timescale);
        m.put("Dependencies", dependencies);
        m.put("Status", status == null ? null : status.label());
        m.replaceAll((k, v) -> v == null || v.isBlank() ? "" : v.strip().replace("\r\n", "\n"));
        return m;
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOutcomes() { return outcomes; }
    public void setOutcomes(String outcomes) { this.outcomes = outcomes; }
    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public String getLeads() { return leads; }
    public void setLeads(String leads) { this.leads = leads; }
    public Long getLeadOrganisationId() { return leadOrganisationId; }
    public void setLeadOrganisationId(Long leadOrganisationId) { this.leadOrganisationId = leadOrganisationId; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public String getTimescale() { return timescale; }
    public void setTimescale(String timescale) { this.timescale = timescale; }
    public String getDependencies() { return dependencies; }
    public void setDependencies(String dependencies) { this.dependencies = dependencies; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
