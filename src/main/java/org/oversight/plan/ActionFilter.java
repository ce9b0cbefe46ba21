package org.oversight.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
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

    public List<Action> apply(PlanAssessment assessment) {
        return apply(assessment.plan().actions(), assessment::of);
    }

    /** The actions, in their order, that match, each action's status given by {@code status}. */
    public List<Action> apply(List<Action> actions, Function<Action, StatusAssessment> status) {
        return actions.stream().filter(matches(status)).toList();
    }

    private Predicate<Action> matches(Function<Action, StatusAssessment> assessment) {
        return a -> (lead == null || a.getLeads().stream().anyMatch(l -> lead.equals(l.getId())))
                && (organisation == null || a.getLeads().stream().anyMatch(l -> l.getOrganisation() != null
                        && organisation.equals(l.getOrganisation().getId())))
                && (rag == null || assessment.apply(a).rag() == rag)
                && (priority == null || priority == a.getPriority())
                && (dueFrom == null || a.getDueDate() != null && !a.getDueDate().isBefore(dueFrom))
                && (dueTo == null || a.getDueDate() != null && !a.getDueDate().isAfter(dueTo));
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
