package org.oversight.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.oversight.plan.*;
import org.oversight.plan.PlanExchange.ActionEntry;
import org.oversight.plan.PlanExchange.ProgressEntry;
import org.oversight.plan.PlanExchange.TimescaleEntry;
import org.oversight.timescale.TimescaleKind;
import org.springframework.stereotype.Component;

/**
 * Builds actions, leads and progress from exchange entries into a plan, for a new plan and for
 * a newer version of a stored one. Any failure names where it happened, as {@link ImportRefused}.
 */
@Component
class PlanAssembly {
    private final LeadRepository leads;

    PlanAssembly(LeadRepository leads) {
        this.leads = leads;
    }

    /** Adds the entry as a new action; its dependency links are added to {@code links}, to run once every action exists. */
    void addAction(ActionPlan plan, Recommendation rec, ActionEntry a, String by, Instant now, List<Runnable> links) {
        Action action = rec.addAction(a.ref(), a.description());
        action.describe(a.description(), String.join("\n", a.outcomes()), null);
        action.ledBy(a.leads().stream().map(this::lead).toList());
        if (a.priority() != null) {
            action.prioritise(Priority.valueOf(a.priority()));
        }
        action.startOn(a.start());
        TimescaleEntry t = a.timescale();
        if (t != null) {
            action.setTimescale(new ActionTimescale(t.text(), t.kind() == null ? TimescaleKind.UNKNOWN
                    : TimescaleKind.valueOf(t.kind()), t.recurrence(), null), t.due());
        }
        addProgress(plan, action, a, by, now, null);
        for (String target : a.dependsOn()) {
            links.add(() -> at("action " + a.ref() + " (depends on " + target + ")", () -> plan.findAction(target)
                    .ifPresentOrElse(action::dependOn, () -> action.dependOn(plan.findWorkstream(target).orElseThrow(
                            () -> new IllegalArgumentException("nothing in the plan is numbered " + target))))));
        }
    }

    /**
     * Records the entry's progress on the action, each as at its own date or else {@code asAt},
     * and adds that round to the plan. Progress already recorded (same date and words) is skipped,
     * so importing the same document twice changes nothing. Returns how many updates were recorded.
     */
    int addProgress(ActionPlan plan, Action action, ActionEntry a, String by, Instant now, LocalDate asAt) {
        int recorded = 0;
        for (ProgressEntry p : a.progress()) {
            LocalDate date = p.asAt() != null ? p.asAt() : asAt;
            boolean known = action.getUpdates().stream().anyMatch(u -> u.getAsAt().equals(date)
                    && u.getText().strip().equals(p.text() == null ? "" : p.text().strip()));
            if (known) {
                continue;
            }
            action.recordProgress(new ProgressReport(date, p.text(), p.rag() == null ? null : RagColour.valueOf(p.rag()),
                    p.status() == null ? null : ActionStatus.valueOf(p.status()), List.of()),
                    p.author() == null ? by : p.author(), now);
            plan.addRound(date);
            recorded++;
        }
        return recorded;
    }

    Lead lead(String name) {
        LeadNames.Kind kind = LeadNames.kind(name);
        LeadKind k = kind == LeadNames.Kind.PERSON ? LeadKind.PERSON : kind == LeadNames.Kind.BODY ? LeadKind.BODY : LeadKind.ROLE;
        return leads.findByKindAndName(k, name).orElseGet(() -> leads.save(new Lead(k, name, null)));
    }

    static void at(String where, Runnable work) {
        at(where, () -> {
            work.run();
            return null;
        });
    }

    static <T> T at(String where, Supplier<T> work) {
        try {
            return work.get();
        } catch (ImportRefused e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImportRefused("Nothing was imported: " + where + " could not be saved: " + e.getMessage(), where);
        }
    }
}
