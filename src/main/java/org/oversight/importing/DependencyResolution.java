package org.oversight.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.plan.PlanExchange.RecommendationEntry;

/**
 * Turns dependency keys into the exchange's {@code dependsOn}: an action's reference, or a
 * workstream's number. A key deliverable or recommendation stands for its actions. Keys that
 * name nothing in the plan are warned {@code UNKNOWN_DEPENDENCY}.
 */
final class DependencyResolution {
    private final List<RecommendationEntry> recommendations;
    private final Collection<String> workstreams;
    private final List<ImportWarning> warnings;

    DependencyResolution(List<RecommendationEntry> recommendations, Collection<String> workstreams, List<ImportWarning> warnings) {
        this.recommendations = recommendations;
        this.workstreams = workstreams;
        this.warnings = warnings;
    }

    /** @param keys per action in plan order, each "key@ref@location" */
    List<RecommendationEntry> resolve(List<List<String>> keys) {
        List<RecommendationEntry> out = new ArrayList<>();
        int i = 0;
        for (RecommendationEntry r : recommendations) {
            List<ActionEntry> actions = new ArrayList<>();
            for (ActionEntry a : r.actions()) {
                Set<String> targets = new LinkedHashSet<>();
                for (String key : keys.get(i)) {
                    String[] parts = key.split("@", 3);
                    List<String> found = targets(parts[0]);
                    found.remove(a.ref());
                    if (found.isEmpty() && !targets(parts[0]).contains(a.ref())) {
                        warnings.add(new ImportWarning("UNKNOWN_DEPENDENCY", a.ref(), "Depends on " + describe(parts[0])
                                + ", which is not in this plan", parts[2]));
                    }
                    targets.addAll(found);
                }
                i++;
                actions.add(new ActionEntry(a.id(), a.ref(), a.description(), a.outcomes(), a.leads(), a.priority(), a.start(),
                        a.timescale(), List.copyOf(targets), a.waitingOn(), a.rag(), a.status(), a.originalDue(),
                        a.deadlineChanges(), a.progress()));
            }
            out.add(new RecommendationEntry(r.id(), r.number(), r.text(), r.theme(), r.response(), r.workstream(),
                    r.responsibility(), actions));
        }
        return out;
    }

    private List<String> targets(String key) {
        String kind = key.substring(0, key.indexOf(':'));
        String value = key.substring(key.indexOf(':') + 1);
        List<String> found = new ArrayList<>();
        switch (kind) {
            case "ws" -> {
                if (workstreams.contains(value)) {
                    found.add(value);
                }
            }
            case "action" -> recommendations.forEach(r -> r.actions().stream().filter(a -> a.ref().equals(value))
                    .forEach(a -> found.add(a.ref())));
            default -> recommendations.stream().filter(r -> r.number().equals(value))
                    .forEach(r -> r.actions().forEach(a -> found.add(a.ref())));
        }
        return found;
    }

    private static String describe(String key) {
        String value = key.substring(key.indexOf(':') + 1);
        return switch (key.substring(0, key.indexOf(':'))) {
            case "ws" -> "workstream " + value;
            case "kd" -> "key deliverable " + value;
            case "rec" -> "recommendation " + value;
            default -> "action " + value;
        };
    }
}
