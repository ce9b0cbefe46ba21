package org.oversight.importing;

import static org.oversight.importing.PlanAssembly.at;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.*;
import org.oversight.plan.PlanExchange.*;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a plan in the exchange shape, as a new plan or as a newer version of a stored one, in one
 * transaction: any failure rolls the whole import back and names the recommendation or action
 * that failed. Every import is audited.
 */
@Service
public class PlanImporter {
    private final PlanRepository plans;
    private final OrganisationRepository organisations;
    private final PlanAssembly assembly;
    private final AuditTrail audit;
    private final Clock clock;

    PlanImporter(PlanRepository plans, OrganisationRepository organisations, PlanAssembly assembly, AuditTrail audit,
                 ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.organisations = organisations;
        this.assembly = assembly;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @Transactional(rollbackFor = Exception.class)
    public long importNew(PlanExchange exchange, String by) {
        return importNew(exchange, by, null);
    }

    /**
     * Imports a new plan owned by the given organisation: the importer's, when they belong to one
     * (null: owned by none, as the command line imports).
     */
    @Transactional(rollbackFor = Exception.class)
    public long importNew(PlanExchange exchange, String by, Long ownerId) {
        PlanHeader h = exchange.plan();
        Organisation owner = ownerId == null ? null : organisations.findById(ownerId)
                .orElseThrow(() -> new ImportRefused("There is no organisation with id " + ownerId + "."));
        ActionPlan plan = new ActionPlan(h.title() == null || h.title().isBlank() ? "Imported plan" : h.title(), owner,
                h.periodStart(), h.periodEnd());
        plan.describe(plan.getTitle(), h.source(), null);
        if (!h.legend().isEmpty()) {
            at("legend", () -> {
                List<RagLegendEntry> legend = h.legend().stream().map(e -> new RagLegendEntry(RagColour.fromWord(e.colour())
                        .orElseThrow(() -> new IllegalArgumentException("\"" + e.colour() + "\" is not a RAG colour")),
                        e.meaning())).toList();
                plan.useLegend(legend, RagLegendEntry.completion(legend));
            });
        }
        for (WorkstreamEntry w : exchange.workstreams()) {
            at("workstream " + w.number(), () -> {
                Workstream ws = plan.addWorkstream(w.number(), w.title(), w.lead() == null ? null : assembly.lead(w.lead()),
                        w.keyAim());
                w.deliverables().forEach(d -> ws.addDeliverable(d.number(), d.text()));
            });
        }
        Instant now = clock.instant();
        List<Runnable> links = new ArrayList<>();
        for (RecommendationEntry r : exchange.recommendations()) {
            Recommendation rec = addRecommendation(plan, r);
            for (ActionEntry a : r.actions()) {
                at("action " + a.ref(), () -> assembly.addAction(plan, rec, a, by, now, links));
            }
        }
        links.forEach(Runnable::run);
        ActionPlan saved = plans.saveAndFlush(plan);
        audit.record("ActionPlan", saved.getId(), "IMPORTED", "Imported " + exchange.recommendations().size()
                + " recommendations and " + exchange.actionCount() + " actions", null, null);
        return saved.getId();
    }

    /**
     * Imports a newer version of a stored plan: actions are matched by reference and their new
     * progress recorded as a new round (as at the document's as-at date where the progress carries
     * none); actions new in the document are added, under their recommendation (added too when
     * new); actions the document no longer holds are left alone and listed in a warning.
     */
    @Transactional(rollbackFor = Exception.class)
    public PlanUpdate importUpdate(long planId, PlanExchange exchange, String by) {
        ActionPlan plan = plans.findById(planId).filter(p -> !p.isArchived())
                .orElseThrow(() -> new ImportRefused("There is no plan with id " + planId + " to update."));
        Instant now = clock.instant();
        List<Runnable> links = new ArrayList<>();
        Set<String> inDocument = new HashSet<>();
        int matched = 0;
        int added = 0;
        int recorded = 0;
        for (RecommendationEntry r : exchange.recommendations()) {
            for (ActionEntry a : r.actions()) {
                inDocument.add(a.ref().toLowerCase());
                Action existing = plan.findAction(a.ref()).orElse(null);
                if (existing != null) {
                    recorded += at("action " + a.ref(), () -> assembly.addProgress(plan, existing, a, by, now,
                            exchange.plan().asAt()));
                    matched++;
                } else {
                    Recommendation rec = plan.findRecommendation(r.number()).orElseGet(() -> addRecommendation(plan, r));
                    at("action " + a.ref(), () -> assembly.addAction(plan, rec, a, by, now, links));
                    added++;
                }
            }
        }
        links.forEach(Runnable::run);
        List<String> missing = plan.actions().stream().map(Action::getReference)
                .filter(ref -> !inDocument.contains(ref.toLowerCase())).toList();
        List<ImportWarning> warnings = missing.isEmpty() ? List.of() : List.of(new ImportWarning("ACTIONS_NOT_IN_DOCUMENT",
                null, "Left unchanged, not in the document: " + String.join(", ", missing), null));
        plans.saveAndFlush(plan);
        audit.record("ActionPlan", planId, "IMPORTED_UPDATE", "Imported a newer version: " + matched + " actions matched, "
                + recorded + " progress updates recorded, " + added + " actions added, " + missing.size()
                + " not in the document", null, null);
        return new PlanUpdate(planId, matched, added, recorded, warnings);
    }

    private Recommendation addRecommendation(ActionPlan plan, RecommendationEntry r) {
        String where = "recommendation " + r.number();
        Recommendation rec = at(where, () -> plan.addRecommendation(r.number(),
                r.text() == null || r.text().isBlank() ? "Recommendation " + r.number() : r.text(),
                r.responsibility() == null ? Responsibility.OURS : Responsibility.valueOf(r.responsibility())));
        at(where, () -> {
            rec.revise(rec.getText(), r.theme(), r.response(), rec.getResponsibility());
            if (r.workstream() != null) {
                plan.findWorkstream(r.workstream()).ifPresent(rec::placeIn);
            }
        });
        return rec;
    }
}
