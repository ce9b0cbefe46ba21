package org.oversight.plan;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Plans the form tests start from, each with a title no other test uses. */
final class FormFixtures {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private final PlanRepository plans;
    private final OrganisationRepository organisations;
    private final TransactionTemplate tx;

    FormFixtures(PlanRepository plans, OrganisationRepository organisations, PlatformTransactionManager txManager) {
        this.plans = plans;
        this.organisations = organisations;
        this.tx = new TransactionTemplate(txManager);
    }

    /** A plan owned by Kingsmead Council with workstream 2, recommendation 1 and its action 1.1. */
    long aPlanWithOneAction() {
        return tx.execute(s -> {
            Organisation council = organisations.findByName("Kingsmead Council").orElseGet(
                    () -> organisations.save(new Organisation("Kingsmead Council", OrganisationKind.COUNCIL)));
            ActionPlan plan = new ActionPlan("Improvement plan " + COUNT.incrementAndGet(), council,
                    LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
            plan.addWorkstream("2", "Quality of practice", null, "Good practice everywhere");
            plan.addRecommendation("1", "Strengthen leadership", Responsibility.OURS)
                    .addAction("1.1", "Appoint a permanent director");
            return plans.save(plan).getId();
        });
    }

    long recommendationId(long planId) {
        return tx.execute(s -> plans.findById(planId).orElseThrow().getRecommendations().get(0).getId());
    }

    long workstreamId(long planId, String number) {
        return tx.execute(s -> plans.findById(planId).orElseThrow().findWorkstream(number).orElseThrow().getId());
    }

    /** The action with its leads, dependencies and timescale read while a session is open. */
    ActionView action(long planId, String reference) {
        return tx.execute(s -> plans.findById(planId).orElseThrow().findAction(reference).map(ActionView::of)
                .orElse(null));
    }

    int actionCount(long planId) {
        return tx.execute(s -> plans.findById(planId).orElseThrow().actions().size());
    }

    /** What the tests check of a stored action. */
    record ActionView(long id, long version, String description, String timescaleText,
                      org.oversight.timescale.TimescaleKind timescaleKind, String leads, String dependencies,
                      boolean archived) {
        static ActionView of(Action a) {
            return new ActionView(a.getId(), a.getVersion(), a.getDescription(), a.getTimescale().getText(),
                    a.getTimescale().getKind(), LeadLines.write(a.getLeads()), DependencyList.write(a.getDependencies()),
                    a.isArchived());
        }
    }
}
