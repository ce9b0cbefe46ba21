package org.oversight.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.oversight.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and edits a plan's recommendations and workstreams; every change is audited. */
@Service
class RecommendationEditing {
    private final PlanRepository plans;
    private final RecommendationRepository recommendations;
    private final LeadRepository leads;
    private final AuditTrail audit;

    RecommendationEditing(PlanRepository plans, RecommendationRepository recommendations, LeadRepository leads,
                          AuditTrail audit) {
        this.plans = plans;
        this.recommendations = recommendations;
        this.leads = leads;
        this.audit = audit;
    }

    @Transactional
    long add(long planId, RecommendationForm form) {
        ActionPlan plan = plan(planId);
        Recommendation rec = plan.addRecommendation(form.getNumber().strip(), form.getText(), form.getResponsibility());
        apply(plan, rec, form);
        plans.flush();
        audit.record("Recommendation", rec.getId(), "created", "Added recommendation " + rec.getNumber()
                + " to plan " + plan.getTitle(), null, RecommendationForm.snapshot(rec));
        return rec.getId();
    }

    @Transactional
    void revise(long planId, long recId, RecommendationForm form) {
        ActionPlan plan = plan(planId);
        Recommendation rec = recommendations.findById(recId).filter(r -> r.getPlan() == plan)
                .orElseThrow(() -> new NoSuchElementException("No recommendation " + recId));
        var before = RecommendationForm.snapshot(rec);
        rec.renumber(form.getNumber());
        apply(plan, rec, form);
        recommendations.flush();
        audit.record("Recommendation", rec.getId(), "edited", "Edited recommendation " + rec.getNumber(), before,
                RecommendationForm.snapshot(rec));
    }

    private static void apply(ActionPlan plan, Recommendation rec, RecommendationForm form) {
        rec.revise(form.getText(), form.chosenTheme(), PlanEditing.blankToNull(form.getResponse()),
                form.getResponsibility());
        rec.placeIn(form.getWorkstreamId() == null ? null : plan.getWorkstreams().stream()
                .filter(w -> w.getId().equals(form.getWorkstreamId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Select a workstream of this plan")));
    }

    @Transactional
    long addWorkstream(long planId, WorkstreamForm form) {
        ActionPlan plan = plan(planId);
        Lead lead = LeadLines.read(form.getLead()).stream().findFirst()
                .map(l -> leads.findByKindAndName(l.kind(), l.name())
                        .orElseGet(() -> leads.save(new Lead(l.kind(), l.name(), plan.getOwner()))))
                .orElse(null);
        Workstream w = plan.addWorkstream(form.getNumber().strip(), form.getTitle(), lead,
                PlanEditing.blankToNull(form.getKeyAim()));
        DeliverableLines.read(form.getDeliverables()).forEach(d -> w.addDeliverable(d.getNumber(), d.getText()));
        plans.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", w.getNumber());
        after.put("title", w.getTitle());
        after.put("lead", lead == null ? null : lead.getName());
        after.put("keyAim", w.getKeyAim());
        after.put("deliverables", w.getDeliverables().stream().map(d -> d.getNumber() + " " + d.getText()).toList());
        audit.record("Workstream", w.getId(), "created", "Added workstream " + w.getNumber() + " to plan "
                + plan.getTitle(), null, after);
        return w.getId();
    }

    private ActionPlan plan(long planId) {
        return plans.findById(planId).filter(p -> !p.isArchived())
                .orElseThrow(() -> new NoSuchElementException("No plan " + planId));
    }
}
