package org.oversight.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a plan manager fills in to add a workstream. */
class WorkstreamForm {
    @NotBlank(message = "Enter the workstream's number")
    @Size(max = 20, message = "Number must be 20 characters or fewer")
    private String number;
    @NotBlank(message = "Enter the workstream's title")
    @Size(max = 300, message = "Title must be 300 characters or fewer")
    private String title;
    @Size(max = 200, message = "Lead must be 200 characters or fewer")
    private String lead;
    @Size(max = 2000, message = "Key aim must be 2,000 characters or fewer")
    private String keyAim;
    @Size(max = 8000, message = "Key deliverables must be 8,000 characters or fewer")
    private String deliverables;

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getKeyAim() { return keyAim; }
    public void setKeyAim(String keyAim) { this.keyAim = keyAim; }
    public String getDeliverables() { return deliverables; }
    public void setDeliverables(String deliverables) { this.deliverables = deliverables; }
}
