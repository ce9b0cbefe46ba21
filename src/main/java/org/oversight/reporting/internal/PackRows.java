package org.oversight.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.oversight.plan.Action;
import org.oversight.plan.Lead;
import org.oversight.plan.LongDate;
import org.oversight.plan.PlanAssessment;
import org.oversight.plan.LatestProgress;
import org.oversight.plan.LatestProgress.Latest;
import org.oversight.plan.RagColour;
import org.oversight.plan.RagOverride;
import org.oversight.plan.StatusAssessment;
import org.oversight.plan.StatusReason;
import org.oversight.plan.StatusRule;
import org.oversight.plan.TimescaleWords;
import org.oversight.reporting.RagMark;
import org.oversight.reporting.ReportPack.ActionRow;
import org.oversight.reporting.ReportPack.ExceptionRow;

/** The full action table and the exceptions, one row per action. */
final class PackRows {
    private static final List<StatusRule> EXCEPTIONAL = List.of(StatusRule.OVERDUE, StatusRule.STALE,
            StatusRule.AT_RISK, StatusRule.WAITING);

    private PackRows() {
    }

    static List<ActionRow> actions(PlanAssessment assessment, LatestProgress.Lookup latestProgress) {
        return assessment.plan().actions().stream().map(a -> action(a, assessment.of(a), latestProgress.of(a))).toList();
    }

    private static ActionRow action(Action a, StatusAssessment s, Optional<Latest> latest) {
        String written = a.getTimescale() == null || a.getTimescale().getText() == null ? "" : a.getTimescale().getText();
        return new ActionRow(a.getReference(), a.getRecommendation().getNumber(),
                a.getRecommendation().getWorkstream() == null ? "" : a.getRecommendation().getWorkstream().getNumber(),
                a.getDescription(), leads(a), written, TimescaleWords.of(a), a.getStatus().label(),
                RagMark.of(s.rag()), s.overridden(), latest.map(Latest::asAt).orElse(null),
                latest.map(Latest::text).orElse(""));
    }

    static List<ExceptionRow> exceptions(PlanAssessment assessment, LatestProgress.Lookup latestProgress) {
        List<ExceptionRow> rows = new ArrayList<>();
        for (Action a : assessment.plan().actions()) {
            StatusAssessment s = assessment.of(a);
            List<String> flags = new ArrayList<>();
            if (s.rag() == RagColour.RED) {
                flags.add("Red");
            }
            EXCEPTIONAL.stream().filter(s::has).map(StatusRule::label).forEach(flags::add);
            if (flags.isEmpty()) {
                continue;
            }
            Optional<Latest> latest = latestProgress.of(a);
            rows.add(new ExceptionRow(a.getReference(), a.getDescription(), leads(a), RagMark.of(s.rag()), flags,
                    reason(s), latest.map(Latest::asAt).orElse(null), latest.map(Latest::text).orElse("")));
        }
        return rows;
    }

    private static String reason(StatusAssessment s) {
        String reasons = s.reasons().stream().filter(r -> r.rule() != StatusRule.ON_TRACK)
                .map(StatusReason::words).distinct().collect(Collectors.joining("; "));
        if (reasons.isEmpty()) {
            reasons = s.headline();
        }
        if (s.overridden()) {
            RagOverride o = s.override().orElseThrow();
            reasons += ". Status set to " + o.getColour().label() + " (proposed " + s.proposed().label() + ") by "
                    + o.getBy() + (o.getAt() == null ? "" : " on " + LongDate.of(o.getAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()))
                    + ": " + o.getReason();
        }
        return reasons;
    }

    static String leads(Action a) {
        return a.getLeads().stream().map(Lead::getName).collect(Collectors.joining("; "));
    }
}
