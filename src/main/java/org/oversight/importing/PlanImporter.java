package org.oversight.importing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.*;
import org.oversight.plan.PlanExchange.*;
import org.oversight.timescale.TimescaleKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a plan in the exchange shape as a new plan, in one transaction: any failure rolls the
 * whole import back and names the recommendation or action that failed. The import is audited.
 */
@Service
public class PlanImporter {
    private final PlanRepository plans;
    private final LeadRepository leads;
    private final AuditTrail audit;
    private final Clock clock;

    public PlanImporter(PlanRepository plans, LeadRepository leads, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.leads = leads;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @Transactional(rollbackFor = Exception.class)
    public long importNew(PlanExchange exchange, String by) {
        PlanHeader h = exchange.plan();
        ActionPlan plan = new ActionPlan(h.title() == null || h.title().isBlank() ? "Imported plan" : h.title(), null,
                h.periodStart(), h.periodEnd());
        plan.describe(plan.getTitle(), h.source(), null);
        for (WorkstreamEntry w : exchange.workstreams()) {
            at("workstream " + w.number(), () -> {
                Workstream ws = plan.addWorkstream(w.number(), w.title(), w.lead() == null ? null : lead(w.lead()), w.keyAim());
                w.deliverables().forEach(d -> ws.addDeliverable(d.number(), d.text()));
            });
        }
        Instant now = clock.instant();
        List<Runnable> links = new ArrayList<>();
        for (RecommendationEntry r : exchange.recommendations()) {
            Recommendation rec = at("recommendation " + r.number(), () -> plan.addRecommendation(r.number(),
                    r.text() == null || r.text().isBlank() ? "Recommendation " + r.number() : r.text(),
                    r.responsibility() == null ? Responsibility.OURS : Responsibility.valueOf(r.responsibility())));
            at("recommendation " + r.number(), () -> {
                rec.revise(rec.getText(), r.theme(), r.response(), rec.getResponsibility());
                if (r.workstream() != null) {
                    plan.findWorkstream(r.workstream()).ifPresent(rec::placeIn);
                }
            });
            for (ActionEntry a : r.actions()) {
                at("action " + a.ref(), () -> action(plan, rec, a, by, now, links));
            }
        }
        links.forEach(Runnable::run);
        ActionPlan saved = plans.saveAndFlush(plan);
        saved.getRounds();
        audit.record("ActionPlan", saved.getId(), "IMPORTED", "Imported " + exchange.recommendations().size()
                + " recommendations and " + exchange.actionCount() + " actions", null, null);
        return saved.getId();
    }

    private void action(ActionPlan plan, Recommendation rec, ActionEntry a, String by, Instant now, List<Runnable> links) {
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
        for (ProgressEntry p : a.progress()) {
            action.recordProgress(new ProgressReport(p.asAt(), p.text(), p.rag() == null ? null
                    : RagColour.valueOf(p.rag()), p.status() == null ? null : ActionStatus.valueOf(p.status()), List.of()),
                    p.author() == null ? by : p.author(), now);
            plan.addRound(p.asAt());
        }
        for (String target : a.dependsOn()) {
            links.add(() -> at("action " + a.ref() + " (depends on " + target + ")", () -> plan.findAction(target)
                    .ifPresentOrElse(action::dependOn, () -> action.dependOn(plan.findWorkstream(target).orElseThrow(
                            () -> new IllegalArgumentException("nothing in the plan is numbered " + target))))));
        }
    }

    private Lead lead(String name) {
        LeadNames.Kind kind = LeadNames.kind(name);
        LeadKind k = kind == LeadNames.Kind.PERSON ? LeadKind.PERSON : kind == LeadNames.Kind.BODY ? LeadKind.BODY : LeadKind.ROLE;
        return leads.findByKindAndName(k, name).orElseGet(() -> leads.save(new Lead(k, name, null)));
    }

    private static void at(String where, Runnable work) {
        at(where, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T at(String where, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw new ImportRefused("Nothing was imported: " + where + " could not be saved: " + e.getMessage(), where);
        }
    }
}
