package org.oversight.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.oversight.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and edits plans from the plan form; every change goes on the audit trail. */
@Service
class PlanEditing {
    private final PlanRepository plans;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;

    PlanEditing(PlanRepository plans, OrganisationRepository organisations, AuditTrail audit) {
        this.plans = plans;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional
    long create(PlanForm form) {
        ActionPlan plan = new ActionPlan(form.getTitle(), owner(form), form.getPeriodStart(), form.getPeriodEnd());
        apply(plan, form);
        plans.save(plan);
        audit.record("ActionPlan", plan.getId(), "created", "Created plan " + plan.getTitle(), null,
                PlanForm.snapshot(plan));
        return plan.getId();
    }

    @Transactional
    void revise(long planId, PlanForm form) {
        ActionPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("No plan " + planId));
        var before = PlanForm.snapshot(plan);
        plan.changeOwner(owner(form));
        plan.changePeriod(form.getPeriodStart(), form.getPeriodEnd());
        apply(plan, form);
        plans.flush();
        audit.record("ActionPlan", plan.getId(), "edited", "Edited plan " + plan.getTitle(), before,
                PlanForm.snapshot(plan));
    }

    private void apply(ActionPlan plan, PlanForm form) {
        plan.describe(form.getTitle(), blankToNull(form.getSource()), form.getSourceDate());
        plan.setUpdateCadence(form.getCadence().period());
        plan.useLegend(legend(plan, form), form.getCompleteColour());
        plan.publish(form.isPublished());
        if (form.getNewRound() != null) {
            plan.addRound(form.getNewRound());
        }
    }

    /** The chosen colours in the usual order, keeping what each already meant in this plan. */
    private static List<RagLegendEntry> legend(ActionPlan plan, PlanForm form) {
        List<RagLegendEntry> entries = new ArrayList<>();
        for (RagColour c : PlanForm.LEGEND_COLOURS) {
            if (form.getColours().contains(c)) {
                String meaning = plan.getLegend().stream().filter(e -> e.getColour() == c)
                        .map(RagLegendEntry::getMeaning).findFirst().orElse(defaultMeaning(c, form.getCompleteColour()));
                entries.add(new RagLegendEntry(c, meaning));
            }
        }
        return entries;
    }

    private static String defaultMeaning(RagColour c, RagColour complete) {
        if (c == complete) {
            return c == RagColour.GREEN ? "On target or completed" : "Completed";
        }
        return switch (c) {
            case RED -> "Incomplete or not started";
            case AMBER -> "In progress but with slippage or issues needing to be overcome";
            default -> "On target";
        };
    }

    private Organisation owner(PlanForm form) {
        if (form.getNewOwner() != null && !form.getNewOwner().isBlank()) {
            String name = form.getNewOwner().strip();
            return organisations.findByName(name).orElseGet(() -> {
                Organisation o = organisations.save(new Organisation(name, OrganisationKind.COUNCIL));
                audit.record("Organisation", o.getId(), "created", "Added organisation " + name, null,
                        Map.of("name", name));
                return o;
            });
        }
        return organisations.findById(form.getOwnerId())
                .orElseThrow(() -> new IllegalArgumentException("Select the organisation that owns the plan"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
