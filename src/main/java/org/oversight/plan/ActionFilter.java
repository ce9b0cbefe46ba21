package org.oversight.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the action table: lead, organisation, RAG, priority and due range. */
public class ActionFilter {
    private Long lead;
    private Long organisation;
    private RagColour rag;
    private Priority priority;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueTo;

    /** The listed actions, in their order, that match, each action's status given by its id. */
    List<ActionListings.Entry> apply(List<ActionListings.Entry> actions, Function<Long, StatusAssessment> status) {
        return actions.stream().filter(e -> matches(e, status)).toList();
    }

    private boolean matches(ActionListings.Entry e, Function<Long, StatusAssessment> status) {
        return (lead == null || e.leadIds().contains(lead))
                && (organisation == null || e.organisationIds().contains(organisation))
                && (rag == null || status.apply(e.id()).rag() == rag)
                && (priority == null || priority == e.priority())
                && (dueFrom == null || e.due() != null && !e.due().isBefore(dueFrom))
                && (dueTo == null || e.due() != null && !e.due().isAfter(dueTo));
    }

    public boolean isEmpty() {
        return lead == null && organisation == null && rag == null && priority == null && dueFrom == null && dueTo == null;
    }

    public Long getLead() { return lead; }
    public void setLead(Long lead) { this.lead = lead; }
    public Long getOrganisation() { return organisation; }
    public void setOrganisation(Long organisation) { this.organisation = organisation; }
    public RagColour getRag() { return rag; }
    public void setRag(RagColour rag) { this.rag = rag; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public LocalDate getDueFrom() { return dueFrom; }
    public void setDueFrom(LocalDate dueFrom) { this.dueFrom = dueFrom; }
    public LocalDate getDueTo() { return dueTo; }
    public void setDueTo(LocalDate dueTo) { this.dueTo = dueTo; }
}
