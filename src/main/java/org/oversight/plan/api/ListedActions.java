package org.oversight.plan.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.Lead;
import org.oversight.plan.PlanRevisions;
import org.oversight.plan.Priority;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the API's list of a plan's actions says of each action whatever the date, and the facts
 * its query filters on, read from the plan once for each of its revisions. Kept by plan and
 * {@link ActionPlan#getRevision() revision}, as the plan's standings are, so a change committed
 * by any instance is listed on the next request, and a request with uncommitted changes of its
 * own reads the plan afresh and keeps nothing. Bounded by the number of actions kept
 * ({@code oversight.api.listed-actions-cache-actions}).
 */
@Component
class ListedActions {
    private final Cache<Key, List<Listed>> kept;
    private final EntityManager entityManager;

    ListedActions(@Value("${oversight.api.listed-actions-cache-actions:20000}") long actions, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.kept = Caffeine.newBuilder().maximumWeight(actions).weigher((Key k, List<Listed> l) -> Math.max(1, l.size()))
                .expireAfterAccess(Duration.ofHours(1)).build();
    }

    private record Key(long plan, long revision) {
    }

    /** One live action of the plan: what the API says of it, and what a query tests. */
    record Listed(ActionView.Described described, List<LeadFacts> leads, Priority priority, LocalDate due) {
        Listed {
            leads = List.copyOf(leads);
        }
    }

    /** A lead as a query finds it: by id, name or the username holding it, or by its organisation's id or name. */
    record LeadFacts(Long id, String name, String heldBy, Long organisationId, String organisationName) {
        static LeadFacts of(Lead l) {
            return new LeadFacts(l.getId(), l.getName(), l.getHeldBy(),
                    l.getOrganisation() == null ? null : l.getOrganisation().getId(),
                    l.getOrganisation() == null ? null : l.getOrganisation().getName());
        }
    }

    /** The plan's live actions, in the plan's order. */
    List<Listed> of(ActionPlan plan) {
        if (plan.getId() == null || PlanRevisions.uncommittedChanges(entityManager)) {
            return read(plan);
        }
        return kept.get(new Key(plan.getId(), plan.getRevision()), k -> read(plan));
    }

    private static List<Listed> read(ActionPlan plan) {
        return plan.actions().stream().map(a -> new Listed(ActionView.Described.of(a),
                a.getLeads().stream().map(LeadFacts::of).toList(), a.getPriority(), a.getDueDate())).toList();
    }
}
