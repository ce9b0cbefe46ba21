package org.oversight.plan.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.oversight.plan.Priority;
import org.oversight.plan.RagColour;
import org.oversight.plan.StatusAssessment;
import org.springframework.format.annotation.DateTimeFormat;

/** Which actions of a plan to list. Every given criterion must hold; text matches ignore case. */
record ActionQuery(
        @Parameter(description = "A lead's id, part of its name, or the username holding it") String lead,
        @Parameter(description = "The id or part of the name of a lead's organisation") String organisation,
        @Parameter(description = "The RAG that stands: RED, AMBER, GREEN, YELLOW or BLUE") String rag,
        @Parameter(description = "HIGH, MEDIUM or LOW") String priority,
        @Parameter(description = "Due on or after this ISO date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
        @Parameter(description = "Due on or before this ISO date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
        @Parameter(description = "Assess as at this ISO date; today if left out") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt) {

    Optional<RagColour> ragColour() {
        return blank(rag) ? Optional.empty() : Optional.of(RagColour.fromWord(rag).orElseThrow(() ->
                new InvalidQuery("rag", "'" + rag + "' is not a RAG colour; use RED, AMBER, GREEN, YELLOW or BLUE")));
    }

    Optional<Priority> priorityLevel() {
        return blank(priority) ? Optional.empty() : Optional.of(Priority.fromWords(priority).orElseThrow(() ->
                new InvalidQuery("priority", "'" + priority + "' is not a priority; use HIGH, MEDIUM or LOW")));
    }

    boolean matches(ListedActions.Listed action, StatusAssessment assessment) {
        return (blank(lead) || action.leads().stream().anyMatch(this::leadMatches))
                && (blank(organisation) || action.leads().stream().anyMatch(this::organisationMatches))
                && ragColour().map(c -> c == assessment.rag()).orElse(true)
                && priorityLevel().map(p -> p == action.priority()).orElse(true)
                && dueWithin(action.due());
    }

    private boolean leadMatches(ListedActions.LeadFacts l) {
        return isId(lead, l.id()) || contains(l.name(), lead) || lead.strip().equalsIgnoreCase(l.heldBy());
    }

    private boolean organisationMatches(ListedActions.LeadFacts l) {
        return l.organisationId() != null && (isId(organisation, l.organisationId())
                || contains(l.organisationName(), organisation));
    }

    private boolean dueWithin(LocalDate due) {
        if (dueFrom == null && dueTo == null) {
            return true;
        }
        return due != null && (dueFrom == null || !due.isBefore(dueFrom)) && (dueTo == null || !due.isAfter(dueTo));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isId(String value, Long id) {
        return id != null && value.strip().equals(id.toString());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
