package org.oversight.reporting.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oversight.plan.Action;
import org.oversight.plan.ActionStatus;
import org.oversight.plan.LongDate;
import org.oversight.plan.PlanAssessment;
import org.oversight.plan.PlanAssessor;
import org.oversight.plan.PlanChanges;
import org.oversight.plan.RagColour;
import org.oversight.plan.RagOverride;
import org.oversight.plan.StatusAssessment;
import org.oversight.reporting.ReportPack.ActionRow;
import org.oversight.reporting.ReportPack.ChangeRow;
import org.oversight.reporting.ReportPack.ChangesSince;

/**
 * Changes since the board's previous issued pack. Colours are compared with what that pack
 * showed, so the board hears about changes to what it saw; deadline moves come from the plan's
 * changes since that pack's "as at" date; overrides made since it was issued are listed with why.
 */
final class PackChanges {
    private PackChanges() {
    }

    static ChangesSince since(Optional<PreviousPack> previous, PlanAssessment now, PlanAssessor assessor) {
        if (previous.isEmpty()) {
            return new ChangesSince(null, null, null, List.of());
        }
        PreviousPack prev = previous.get();
        Map<String, ActionRow> seen = prev.pack().actions().stream()
                .collect(Collectors.toMap(r -> r.reference().toLowerCase(), Function.identity(), (a, b) -> a));
        PlanAssessment then = assessor.assess(now.plan(), prev.pack().cover().asAt());
        PlanChanges planChanges = PlanChanges.between(then, now);
        List<ChangeRow> rows = new ArrayList<>();
        for (Action a : now.plan().actions()) {
            ActionRow before = seen.get(a.getReference().toLowerCase());
            StatusAssessment s = now.of(a);
            if (before == null) {
                rows.add(row(a, "New action", "Added since the previous pack; now " + s.rag().label() + ": " + s.headline()));
                continue;
            }
            colourChange(a, before, s).ifPresent(rows::add);
        }
        Map<String, Action> byReference = now.plan().actions().stream()
                .collect(Collectors.toMap(a -> a.getReference().toLowerCase(), Function.identity(), (a, b) -> a));
        planChanges.ofKind("Deadline moved").forEach(c -> {
            Action a = byReference.get(c.reference().toLowerCase());
            rows.add(row(a, "Deadline moved", c.words() + ". Moved " + times(a.deadlineMoves()) + " in all"));
        });
        for (Action a : now.plan().actions()) {
            StatusAssessment s = now.of(a);
            RagOverride o = s.override().orElse(null);
            if (s.overridden() && o.getAt() != null && o.getAt().isAfter(prev.issuedAt())) {
                rows.add(row(a, "Status overridden", "Set to " + o.getColour().label() + " (proposed "
                        + s.proposed().label() + ") by " + o.getBy() + " on "
                        + LongDate.of(o.getAt().atZone(ZoneOffset.UTC).toLocalDate()) + ": " + o.getReason()));
            }
        }
        return new ChangesSince(prev.id(), prev.issuedAt(), prev.pack().cover().asAt(), rows);
    }

    private static Optional<ChangeRow> colourChange(Action a, ActionRow before, StatusAssessment s) {
        String was = "Was " + before.rag().label() + ", now " + s.rag().label() + ": " + s.headline();
        if (a.getStatus() == ActionStatus.COMPLETE && !before.status().equals(ActionStatus.COMPLETE.label())) {
            return Optional.of(row(a, "Completed", a.getCompletedOn() == null ? s.headline()
                    : "Completed on " + LongDate.of(a.getCompletedOn())));
        }
        if (s.rag() == RagColour.RED && !before.rag().colour().equals(RagColour.RED.name())) {
            return Optional.of(row(a, "Newly red", was));
        }
        if (s.rag() == RagColour.GREEN && !before.rag().colour().equals(RagColour.GREEN.name())) {
            return Optional.of(row(a, "Turned green", was));
        }
        return Optional.empty();
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static ChangeRow row(Action a, String kind, String words) {
        return new ChangeRow(kind, a.getReference(), a.getDescription(), words, a.deadlineMoves());
    }
}
