package org.oversight.plan.api;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.Lead;
import org.oversight.plan.Priority;
import org.oversight.plan.RevisionKept;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the API's list of a plan's actions says of each action whatever the date, and the facts
 * its query filters on, read from the plan once for each of its revisions and kept
 * ({@link RevisionKept}). Bounded by the number of actions kept
 * ({@code oversight.api.listed-actions-cache-actions}).
 */
@Component
class ListedActions {
    private final RevisionKept<List<Listed>> kept;

    ListedActions(@Value("${oversight.api.listed-actions-cache-actions:20000}") long actions, EntityManager entityManager) {
        this.kept = new RevisionKept<>(actions, List::size, entityManager, ListedActions::read);
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
        return kept.of(plan);
    }

    private static List<Listed> read(ActionPlan plan) {
        return plan.actions().stream().map(a -> new Listed(ActionView.Described.of(a),
                a.getLeads().stream().map(LeadFacts::of).toList(), a.getPriority(), a.getDueDate())).toList();
    }
}
