package org.oversight.plan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.Action;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.oversight.plan.Lead;
import org.oversight.plan.PlanAssessment;
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

    /**
     * What the API says of an action whatever the date it is assessed as at: kept for a plan's
     * revision by {@link ListedActions}, so a plan's list reads no action for a request.
     */
    record Described(long id, long version, long planId, long recommendationId, String recommendation, ActionEntry entry,
                     List<LeadView> leads) {
        static Described of(Action a) {
            return new Described(a.getId(), a.getVersion(), a.getRecommendation().getPlan().getId(),
                    a.getRecommendation().getId(), a.getRecommendation().getNumber(), PlanExporter.withoutStatus(a),
                    a.getLeads().stream().map(ActionView::lead).toList());
        }
    }

    /** The action with every progress update, oldest first. */
    static ActionView of(Action a, PlanAssessment assessment) {
        return of(Described.of(a), assessment.of(a), assessment.asAt(), assessment.latestUpdateDate(a).orElse(null),
                a.getUpdates().stream().map(UpdateView::of).toList());
    }

    /**
     * The action as a plan's list gives it: the date of its latest update but not the updates
     * themselves (read them at {@code /api/actions/{id}/updates}), so a list costs the same after
     * years of updates.
     */
    static ActionView inList(Described d, StatusAssessment s, LocalDate asAt, LocalDate lastUpdated) {
        return of(d, s, asAt, lastUpdated, null);
    }

    private static ActionView of(Described d, StatusAssessment s, LocalDate asAt, LocalDate lastUpdated, List<UpdateView> progress) {
        ActionEntry e = d.entry();
        return new ActionView(d.id(), d.version(), d.planId(), d.recommendationId(), d.recommendation(), e.ref(),
                e.description(), e.outcomes(), d.leads(), e.priority(), e.start(), e.timescale(), e.originalDue(),
                e.dependsOn(), e.waitingOn(), e.status(), asAt, s.rag(), s.proposed(), s.overridden(),
                s.override().map(o -> new OverrideView(o.getColour(), o.getReason(), o.getBy(), o.getAt())).orElse(null),
                s.headline(), s.reasons().stream().map(r -> new ReasonView(r.rule().name(), r.colour(), r.words())).toList(),
                lastUpdated, progress);
    }

    private static LeadView lead(Lead l) {
        return new LeadView(l.getName(), l.getKind() == null ? null : l.getKind().name(),
                l.getOrganisation() == null ? null : l.getOrganisation().getName(), l.getHeldBy());
    }
}
