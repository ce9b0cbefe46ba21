package org.oversight.plan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.Action;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.oversight.plan.Lead;
import org.oversight.plan.PlanAssessment;
import org.oversight.plan.PlanStandings;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.plan.PlanExchange.TimescaleEntry;
import org.oversight.plan.PlanExporter;
import org.oversight.plan.RagColour;
import org.oversight.plan.StatusAssessment;

/**
 * An action with its assessment as at a date: the RAG that stands, the one Oversight proposed,
 * whether an officer overrode it, and the reasons in words. {@code version} is what a poster
 * sends back as {@code expectedVersion}.
 */
record ActionView(long id, long version, long planId, long recommendationId, String recommendation, String ref,
                  String description, List<String> outcomes, List<LeadView> leads, String priority, LocalDate start,
                  TimescaleEntry timescale, LocalDate originalDue, List<String> dependsOn, String waitingOn,
                  String status, LocalDate asAt, RagColour rag, RagColour proposed, boolean overridden,
                  OverrideView override, String headline, List<ReasonView> reasons, LocalDate lastUpdated,
                  @JsonInclude(JsonInclude.Include.NON_NULL) List<UpdateView> progress) {

    record LeadView(String name, String kind, String organisation, String heldBy) {
    }

    record ReasonView(String rule, RagColour colour, String words) {
    }

    record OverrideView(RagColour colour, String reason, String by, Instant at) {
    }

    /** The action with every progress update, oldest first. */
    static ActionView of(Action a, PlanAssessment assessment) {
        return of(a, assessment, a.getUpdates().stream().map(UpdateView::of).toList());
    }

    /**
     * The action as a plan's list gives it: the date of its latest update but not the updates
     * themselves (read them at {@code /api/actions/{id}/updates}), so a list costs the same after
     * years of updates.
     */
    static ActionView inList(Action a, PlanAssessment assessment) {
        return of(a, assessment, null);
    }

    /** An action in a plan's list, from the plan's standing kept for its revision. */
    static ActionView inList(Action a, PlanStandings.Standing standing) {
        return of(a, standing.of(a), standing.asAt(), standing.lastUpdated(a).orElse(null), null);
    }

    private static ActionView of(Action a, PlanAssessment assessment, List<UpdateView> progress) {
        return of(a, assessment.of(a), assessment.asAt(), assessment.latestUpdateDate(a).orElse(null), progress);
    }

    private static ActionView of(Action a, StatusAssessment s, LocalDate asAt, LocalDate lastUpdated, List<UpdateView> progress) {
        ActionEntry e = PlanExporter.withoutHistory(a, s);
        return new ActionView(a.getId(), a.getVersion(), a.getRecommendation().getPlan().getId(),
                a.getRecommendation().getId(), a.getRecommendation().getNumber(), e.ref(), e.description(), e.outcomes(),
                a.getLeads().stream().map(ActionView::lead).toList(), e.priority(), e.start(), e.timescale(),
                e.originalDue(), e.dependsOn(), e.waitingOn(), e.status(), asAt, s.rag(), s.proposed(), s.overridden(),
                s.override().map(o -> new OverrideView(o.getColour(), o.getReason(), o.getBy(), o.getAt())).orElse(null),
                s.headline(), s.reasons().stream().map(r -> new ReasonView(r.rule().name(), r.colour(), r.words())).toList(),
                lastUpdated, progress);
    }

    private static LeadView lead(Lead l) {
        return new LeadView(l.getName(), l.getKind() == null ? null : l.getKind().name(),
                l.getOrganisation() == null ? null : l.getOrganisation().getName(), l.getHeldBy());
    }
}
