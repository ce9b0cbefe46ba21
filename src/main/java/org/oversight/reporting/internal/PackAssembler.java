package org.oversight.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.LatestProgress;
import org.oversight.plan.PlanAssessment;
import org.oversight.plan.PlanAssessor;
import org.oversight.reporting.BoardFollowUpSource;
import org.oversight.reporting.FollowUpRow;
import org.oversight.reporting.IndicatorRow;
import org.oversight.reporting.ComparisonRow;
import org.oversight.reporting.IndicatorComparisonSource;
import org.oversight.reporting.LinkedIndicatorSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.oversight.reporting.PackRequest;
import org.oversight.reporting.ReportPack;
import org.oversight.reporting.ReportPack.Cover;
import org.springframework.stereotype.Component;

/** Builds the one model of a pack from the plan, its assessment, the previous pack and the other features' rows. */
@Component
public class PackAssembler {
    private final PlanAssessor assessor;
    private final List<BoardFollowUpSource> followUps;
    private final List<LinkedIndicatorSource> indicators;
    private final List<IndicatorComparisonSource> comparisons;
    private final Clock clock;
    private final LatestProgress latestProgress;

    public PackAssembler(PlanAssessor assessor, List<BoardFollowUpSource> followUps, List<LinkedIndicatorSource> indicators,
                  Clock clock) {
        this(assessor, followUps, indicators, List.of(), clock, new LatestProgress());
    }

    @Autowired
    public PackAssembler(PlanAssessor assessor, List<BoardFollowUpSource> followUps, List<LinkedIndicatorSource> indicators,
                  List<IndicatorComparisonSource> comparisons, Clock clock, LatestProgress latestProgress) {
        this.latestProgress = latestProgress;
        this.assessor = assessor;
        this.followUps = followUps;
        this.indicators = indicators;
        this.comparisons = comparisons;
        this.clock = clock;
    }

    public ReportPack assemble(ActionPlan plan, PackRequest request, Optional<PreviousPack> previous) {
        PlanAssessment assessment = assessor.assess(plan, request.asAt());
        Cover cover = new Cover(plan.getId() == null ? 0 : plan.getId(), plan.getTitle(), plan.getOwner().getName(),
                plan.getSource(), request.board(), request.meeting(), plan.getPeriodStart(), plan.getPeriodEnd(),
                request.asAt(), request.author(), LocalDate.now(clock), request.forPublication());
        LatestProgress.Lookup latest = latestProgress.of(plan, request.asAt());
        return new ReportPack(cover, PackSummaries.of(plan, assessment),
                PackChanges.since(previous, assessment, assessor), PackRows.exceptions(assessment, latest),
                PackRows.actions(assessment, latest), indicatorsFor(plan, request), followUpsFor(plan, request),
                comparisonsFor(plan, request));
    }

    /** The linked indicators compared with other councils, when the request asks for them. */
    private List<ComparisonRow> comparisonsFor(ActionPlan plan, PackRequest request) {
        if (!request.withComparisons()) {
            return List.of();
        }
        long planId = plan.getId() == null ? 0 : plan.getId();
        return comparisons.stream().flatMap(s -> s.comparisonsFor(planId, request.asAt()).stream()).toList();
    }

    private List<IndicatorRow> indicatorsFor(ActionPlan plan, PackRequest request) {
        long planId = plan.getId() == null ? 0 : plan.getId();
        Stream<IndicatorRow> rows = indicators.stream().flatMap(s -> s.indicatorsFor(planId, request.asAt()).stream());
        return rows.filter(r -> request.withExempt() || !r.exempt()).toList();
    }

    /** The open follow-ups of the plan's owner's board named in the request. */
    private List<FollowUpRow> followUpsFor(ActionPlan plan, PackRequest request) {
        Long owner = plan.getOwnerId();
        return followUps.stream().flatMap(s -> s.openFollowUps(request.board(), owner, request.asAt()).stream())
                .filter(r -> request.withExempt() || !r.exempt()).toList();
    }
}
