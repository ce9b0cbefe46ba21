package org.oversight.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dependencies as typed in a form, comma separated: action references ("1.2"), whole
 * workstreams ("WS 2") and external events in words ("Awaiting national guidance"). A word
 * with a digit and no spaces is read as an action reference and must exist in the plan.
 */
final class DependencyList {
    private static final Pattern WORKSTREAM = Pattern.compile("(?i)^(?:WS|workstream)\\s*(\\S+)$");

    private DependencyList() {
    }

    /** One dependency, resolved against a plan. */
    record Resolved(Action action, Workstream workstream, String event) {
    }

    /** The dependencies resolved, or the problems found (each naming what was wrong). */
    record Reading(List<Resolved> dependencies, List<String> problems) {
    }

    static Reading read(String text, ActionPlan plan, Action self) {
        List<Resolved> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String item : items(text)) {
            Matcher ws = WORKSTREAM.matcher(item);
            if (ws.matches()) {
                Optional<Workstream> w = plan.findWorkstream(ws.group(1));
                w.ifPresentOrElse(x -> found.add(new Resolved(null, x, null)),
                        () -> problems.add("There is no workstream " + ws.group(1) + " in this plan"));
            } else if (looksLikeReference(item)) {
                Optional<Action> a = plan.findAction(item);
                if (a.isEmpty()) {
                    problems.add("There is no action " + item + " in this plan");
                } else if (self != null && a.get() == self) {
                    problems.add("Action " + item + " cannot depend on itself");
                } else {
                    found.add(new Resolved(a.get(), null, null));
                }
            } else {
                found.add(new Resolved(null, null, item));
            }
        }
        return new Reading(found, problems);
    }

    private static List<String> items(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static boolean looksLikeReference(String item) {
        return !item.contains(" ") && item.chars().anyMatch(Character::isDigit);
    }

    static String write(List<ActionDependency> dependencies) {
        return dependencies.stream().map(d -> switch (d.getKind()) {
            case ACTION -> d.getTargetAction().getReference();
            case WORKSTREAM -> "WS " + d.getTargetWorkstream().getNumber();
            case EXTERNAL -> d.getDescription();
        }).collect(Collectors.joining(", "));
    }
}
