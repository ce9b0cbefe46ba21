package org.oversight.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.oversight.plan.PlanExchange.*;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a stored plan in the exchange format. Each action's {@code rag} is the colour that
 * stands for it as at the plan's latest progress round (or today, if it has none).
 */
@Component
public class PlanExporter {
    private final PlanRepository plans;
    private final PlanAssessor assessor;
    private final Clock clock;

    public PlanExporter(PlanRepository plans, PlanAssessor assessor, ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.assessor = assessor;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @Transactional(readOnly = true)
    public Optional<PlanExchange> export(long planId) {
        return plans.findById(planId).filter(p -> !p.isArchived()).map(this::export);
    }

    /** The date an export is as at: the plan's latest progress round, or today. */
    public LocalDate asAtFor(ActionPlan plan) {
        return plan.latestRound().orElse(LocalDate.now(clock));
    }

    public PlanExchange export(ActionPlan plan) {
        LocalDate asAt = asAtFor(plan);
        PlanAssessment assessment = assessor.assess(plan, asAt);
        PlanHeader header = new PlanHeader(plan.getId(), plan.getTitle(), plan.getSource(),
                plan.getOwner() == null ? null : plan.getOwner().getName(), plan.getPeriodStart(), plan.getPeriodEnd(), asAt,
                plan.getLegend().stream().map(e -> new PlanExchange.LegendEntry(e.getColour().name(), e.getMeaning())).toList());
        List<WorkstreamEntry> workstreams = plan.getWorkstreams().stream().map(PlanExporter::workstream).toList();
        List<RecommendationEntry> recommendations = plan.getRecommendations().stream()
                .map(r -> recommendation(r, assessment)).toList();
        return new PlanExchange(header, workstreams, recommendations, List.of());
    }

    private static WorkstreamEntry workstream(Workstream w) {
        return new WorkstreamEntry(w.getNumber(), w.getTitle(), w.getLead() == null ? null : w.getLead().getName(),
                w.getKeyAim(), w.getDeliverables().stream().map(d -> new DeliverableEntry(d.getNumber(), d.getText())).toList());
    }

    private static RecommendationEntry recommendation(Recommendation r, PlanAssessment assessment) {
        return new RecommendationEntry(r.getId(), r.getNumber(), r.getText(), r.getTheme(), r.getResponse(),
                r.getWorkstream() == null ? null : r.getWorkstream().getNumber(), r.getResponsibility().name(),
                r.activeActions().stream().map(a -> action(a, assessment.of(a))).toList());
    }

    /** One action in the exchange format, with the RAG that stands in the given assessment. */
    public static ActionEntry action(Action a, StatusAssessment assessment) {
        return action(a, assessment, a.getUpdates().stream().sorted(Comparator.comparing(ProgressUpdate::getAsAt)
                .thenComparing(ProgressUpdate::getRecordedAt)).map(PlanExporter::progress).toList(),
                a.getDeadlineChanges().stream().map(PlanExporter::deadlineChange).toList());
    }

    /**
     * The same without its RAG (it depends on the date), the progress updates or the deadline
     * history (neither is read), for lists that give only each action's latest date and its
     * original deadline, with the RAG of the date they are assessed as at.
     */
    public static ActionEntry withoutStatus(Action a) {
        return action(a, null, List.of(), List.of());
    }

    private static ActionEntry action(Action a, StatusAssessment assessment, List<ProgressEntry> progress,
                                      List<DeadlineChangeEntry> deadlineChanges) {
        ActionTimescale t = a.getTimescale();
        return new ActionEntry(a.getId(), a.getReference(), a.getDescription(), lines(a.getOutcomes()),
                a.getLeads().stream().map(Lead::getName).toList(),
                a.getPriority() == null ? null : a.getPriority().name(), a.getStartDate(),
                new TimescaleEntry(t.getText(), t.getKind().name(), a.getDueDate(), t.getRecurrence()),
                dependsOn(a), a.getExternalEvent(), assessment == null ? null : assessment.rag().name(), a.getStatus().name(),
                a.getOriginalDue(),
                deadlineChanges, progress);
    }

    private static List<String> dependsOn(Action a) {
        return a.getDependencies().stream().filter(d -> d.getKind() != DependencyKind.EXTERNAL)
                .map(d -> d.getKind() == DependencyKind.ACTION ? d.getTargetAction().getReference()
                        : d.getTargetWorkstream().getNumber()).toList();
    }

    private static DeadlineChangeEntry deadlineChange(DeadlineChange c) {
        return new DeadlineChangeEntry(c.getPreviousDue(), c.getNewDue(), c.getAgreedBy(), c.getReason(),
                c.getChangedBy(), c.getChangedAt());
    }

    private static ProgressEntry progress(ProgressUpdate u) {
        return new ProgressEntry(u.getAsAt(), u.getText(), u.getRag() == null ? null : u.getRag().name(), u.getAuthor(),
                u.getStatusAfter() == null ? null : u.getStatusAfter().name());
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
