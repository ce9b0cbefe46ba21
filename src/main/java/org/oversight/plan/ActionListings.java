package org.oversight.plan;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.util.StringUtils;

/**
 * What the plan's action table lists and filters by, read from the plan once for each of its
 * revisions: each live action's words and the facts its filters test (leads, their
 * organisations, priority, due date), and the leads and organisations to choose from. Kept as
 * {@link PlanStandings} keeps the statuses, by plan and revision ({@link RevisionKept}). Bounded by the
 * number of actions kept ({@code oversight.plan.listings-cache-actions}).
 */
@Component
class ActionListings {
    private final RevisionKept<Listing> kept;

    ActionListings(@Value("${oversight.plan.listings-cache-actions:50000}") long actions, EntityManager entityManager) {
        this.kept = new RevisionKept<>(actions, l -> l.entries().size(), entityManager, ActionListings::read);
    }

    /** A plan's live actions in the plan's order, and the leads and organisations among them by name. */
    record Listing(List<Entry> entries, List<Choice> leads, List<Choice> organisations, Map<Long, Entry> byId) {
        Listing {
            entries = List.copyOf(entries);
            leads = List.copyOf(leads);
            organisations = List.copyOf(organisations);
            byId = Map.copyOf(byId);
        }

        Listing(List<Entry> entries, List<Choice> leads, List<Choice> organisations) {
            this(entries, leads, organisations, entries.stream().collect(Collectors.toMap(Entry::id, e -> e)));
        }

        /** The action with the facts as listed; every live action of a plan is listed. */
        Entry of(ActionFacts action) {
            Entry entry = action.id() == null ? null : byId.get(action.id());
            if (entry == null) {
                throw new IllegalArgumentException("Action " + action.reference() + " is not listed: a plan's dashboard is of its saved actions");
            }
            return entry;
        }

        /** The action as listed; read from the action itself when it is not one of the plan's live actions. */
        Entry of(Action action) {
            Entry entry = action.getId() == null ? null : byId.get(action.getId());
            return entry != null ? entry : Entry.of(action);
        }
    }

    /** One action as the table lists it ({@code label}, {@code leads}, {@code deadline} in words) and the facts filtered on. */
    record Entry(long id, String label, String leads, String deadline, Set<Long> leadIds, Set<Long> organisationIds,
                 Priority priority, LocalDate due) {
        Entry {
            leadIds = Set.copyOf(leadIds);
            organisationIds = Set.copyOf(organisationIds);
        }

        static Entry of(Action a) {
            return new Entry(a.getId() == null ? 0 : a.getId(), a.getReference() + " " + StringUtils.abbreviate(a.getDescription(), 90),
                    String.join(" / ", a.getLeads().stream().map(Lead::getName).toList()), DashboardView.deadline(a),
                    a.getLeads().stream().map(Lead::getId).filter(Objects::nonNull).collect(Collectors.toSet()),
                    a.getLeads().stream().map(Lead::getOrganisation).filter(Objects::nonNull).map(Organisation::getId)
                            .filter(Objects::nonNull).collect(Collectors.toSet()),
                    a.getPriority(), a.getDueDate());
        }
    }

    /** A lead or an organisation to filter by. */
    record Choice(long id, String name) {
    }

    Listing of(ActionPlan plan) {
        return kept.of(plan);
    }

    private static Listing read(ActionPlan plan) {
        List<Action> actions = plan.actions();
        List<Entry> entries = actions.stream().filter(a -> a.getId() != null).map(Entry::of).toList();
        List<Lead> leads = actions.stream().flatMap(a -> a.getLeads().stream()).distinct()
                .sorted(Comparator.comparing(Lead::getName)).toList();
        List<Choice> leadChoices = leads.stream().map(l -> new Choice(l.getId(), l.getName())).toList();
        List<Choice> organisations = leads.stream().map(Lead::getOrganisation).filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing(Organisation::getName)).map(o -> new Choice(o.getId(), o.getName())).toList();
        return new Listing(entries, leadChoices, organisations);
    }
}
