package org.oversight.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** What a plan manager fills in to create or edit a plan. */
class PlanForm {
    static final List<RagColour> LEGEND_COLOURS = List.of(RagColour.RED, RagColour.AMBER, RagColour.GREEN,
            RagColour.BLUE, RagColour.YELLOW);
    static final List<RagColour> COMPLETE_COLOURS = List.of(RagColour.GREEN, RagColour.BLUE, RagColour.YELLOW);

    @NotBlank(message = "Enter the plan's title")
    @Size(max = 300, message = "Title must be 300 characters or fewer")
    private String title;
    @Size(max = 500, message = "Source must be 500 characters or fewer")
    private String source;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sourceDate;
    private Long ownerId;
    @Size(max = 200, message = "Organisation name must be 200 characters or fewer")
    private String newOwner;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;
    @NotNull(message = "Select how often actions must be updated")
    private UpdateCadence cadence = UpdateCadence.MONTHLY;
    private List<RagColour> colours = new ArrayList<>(List.of(RagColour.RED, RagColour.AMBER, RagColour.GREEN));
    @NotNull(message = "Select the colour that means completed")
    private RagColour completeColour = RagColour.GREEN;
    private boolean published;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newRound;

    static PlanForm from(ActionPlan plan) {
        PlanForm f = new PlanForm();
        f.title = plan.getTitle();
        f.source = plan.getSource();
        f.sourceDate = plan.getSourceDate();
        f.ownerId = plan.getOwnerId();
        f.periodStart = plan.getPeriodStart();
        f.periodEnd = plan.getPeriodEnd();
        f.cadence = UpdateCadence.of(plan.getUpdateCadence()).orElse(null);
        f.colours = new ArrayList<>(RagChoices.of(plan));
        f.completeColour = plan.getCompleteColour();
        f.published = plan.isPublished();
        return f;
    }

    /** The fields an audit entry keeps. */
    static Map<String, Object> snapshot(ActionPlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", plan.getTitle());
        m.put("source", plan.getSource());
        m.put("sourceDate", String.valueOf(plan.getSourceDate()));
        m.put("owner", plan.getOwner() == null ? null : plan.getOwner().getName());
        m.put("period", plan.getPeriodStart() + " to " + plan.getPeriodEnd());
        m.put("updateCadence", plan.getUpdateCadence().toString());
        m.put("legend", RagChoices.of(plan).stream().map(RagColour::name).toList());
        m.put("completeColour", plan.getCompleteColour().name());
        m.put("published", plan.isPublished());
        m.put("rounds", plan.getRounds().stream().map(LocalDate::toString).toList());
        return m;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LocalDate getSourceDate() { return sourceDate; }
    public void setSourceDate(LocalDate sourceDate) { this.sourceDate = sourceDate; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getNewOwner() { return newOwner; }
    public void setNewOwner(String newOwner) { this.newOwner = newOwner; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public UpdateCadence getCadence() { return cadence; }
    public void setCadence(UpdateCadence cadence) { this.cadence = cadence; }
    public List<RagColour> getColours() { return colours; }
    public void setColours(List<RagColour> colours) { this.colours = colours == null ? new ArrayList<>() : colours; }
    public RagColour getCompleteColour() { return completeColour; }
    public void setCompleteColour(RagColour completeColour) { this.completeColour = completeColour; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public LocalDate getNewRound() { return newRound; }
    public void setNewRound(LocalDate newRound) { this.newRound = newRound; }
}
