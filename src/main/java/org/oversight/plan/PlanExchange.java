package org.oversight.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan in the exchange format: what {@code export plan --format json} writes and what an
 * import reads. Field names are fixed; fields may be added but never renamed or removed.
 * Identifiers are null for a plan not yet stored.
 */
public record PlanExchange(PlanHeader plan, List<WorkstreamEntry> workstreams,
                           List<RecommendationEntry> recommendations, List<WarningEntry> warnings) {

    public PlanExchange {
        workstreams = workstreams == null ? List.of() : List.copyOf(workstreams);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** How many actions the plan holds across its recommendations. */
    public int actionCount() {
        return recommendations.stream().mapToInt(r -> r.actions().size()).sum();
    }

    /**
     * {@code legend}: what each RAG colour means in this plan, as its legend says (empty when the
     * document has none; then the plan keeps Oversight's default legend).
     */
    public record PlanHeader(Long id, String title, String source, String owner, LocalDate periodStart,
                             LocalDate periodEnd, LocalDate asAt, List<LegendEntry> legend) {
        public PlanHeader {
            legend = legend == null ? List.of() : List.copyOf(legend);
        }

        public PlanHeader(Long id, String title, String source, String owner, LocalDate periodStart,
                          LocalDate periodEnd, LocalDate asAt) {
            this(id, title, source, owner, periodStart, periodEnd, asAt, List.of());
        }
    }

    /** One line of a plan's RAG legend: a colour word (RED, AMBER, GREEN, YELLOW, BLUE) and what it means. */
    public record LegendEntry(String colour, String meaning) {
    }

    public record WorkstreamEntry(String number, String title, String lead, String keyAim,
                                  List<DeliverableEntry> deliverables) {
        public WorkstreamEntry {
            deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
        }
    }

    public record DeliverableEntry(String number, String text) {
    }

    /** {@code responsibility} is OURS, PARTNER or NATIONAL; {@code workstream} the workstream's number. */
    public record RecommendationEntry(Long id, String number, String text, String theme, String response,
                                      String workstream, String responsibility, List<ActionEntry> actions) {
        public RecommendationEntry {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /**
     * One action. {@code rag} is a colour word (RED, AMBER, GREEN, YELLOW, BLUE) or null;
     * {@code status} an {@link ActionStatus} name; {@code priority} a {@link Priority} name or null;
     * {@code waitingOn} the external event it waits for, if any.
     */
    public record ActionEntry(Long id, String ref, String description, List<String> outcomes, List<String> leads,
                              String priority, LocalDate start, TimescaleEntry timescale, List<String> dependsOn,
                              String waitingOn, String rag, String status, LocalDate originalDue,
                              List<DeadlineChangeEntry> deadlineChanges, List<ProgressEntry> progress) {
        public ActionEntry {
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
            leads = leads == null ? List.of() : List.copyOf(leads);
            dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
            deadlineChanges = deadlineChanges == null ? List.of() : List.copyOf(deadlineChanges);
            progress = progress == null ? List.of() : List.copyOf(progress);
        }
    }

    /** {@code kind} a TimescaleKind name; {@code due} ISO date or null; {@code recurrence} ISO-8601 period or null. */
    public record TimescaleEntry(String text, String kind, LocalDate due, String recurrence) {
    }

    public record ProgressEntry(LocalDate asAt, String text, String rag, String author, String status) {
    }

    public record DeadlineChangeEntry(LocalDate from, LocalDate to, String agreedBy, String reason,
                                      String changedBy, Instant changedAt) {
    }

    public record WarningEntry(String code, String ref, String message) {
    }
}
