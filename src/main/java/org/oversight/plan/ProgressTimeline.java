package org.oversight.plan;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each action's progress updates as the rules read them: the date, when it was recorded, the
 * RAG and status it gave and who wrote it, never the text or evidence. A stored plan's timeline
 * is read in one query of a few columns, so assessing a plan costs the same after years of
 * monthly updates as after one, and no update entity is loaded.
 */
final class ProgressTimeline {
    /** One update, as the rules need it. */
    record Entry(LocalDate asAt, Long id, RagColour rag, ActionStatus statusAfter, String author) {
        static Entry of(ProgressUpdate u) {
            return new Entry(u.getAsAt(), u.getId(), u.getRag(), u.getStatusAfter(), u.getAuthor());
        }
    }

    /** By date, then in the order they were recorded (ids rise; an update not yet saved has none and is last). */
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::asAt)
            .thenComparing(Entry::id, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<Long, List<Entry>> stored;

    private ProgressTimeline(Map<Long, List<Entry>> stored) {
        this.stored = stored;
    }

    /** A timeline read from the actions' own update collections (a plan not yet saved). */
    static ProgressTimeline inMemory() {
        return new ProgressTimeline(null);
    }

    /** The stored plan's updates, in one query. Pending changes are flushed first by the query. */
    static ProgressTimeline of(ActionPlan plan, EntityManager em) {
        if (plan.getId() == null || em == null) {
            return inMemory();
        }
        return read(em.createQuery(SELECT + "where u.action.recommendation.plan = :plan", Object[].class)
                .setParameter("plan", plan).getResultList());
    }

    /** The updates of the given stored actions only. */
    static ProgressTimeline of(Collection<Action> actions, EntityManager em) {
        List<Long> ids = actions.stream().map(Action::getId).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty() || em == null) {
            return inMemory();
        }
        return read(em.createQuery(SELECT + "where u.action.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList());
    }

    /**
     * The date comes as year, month and day numbers: reading thousands of SQL dates through
     * the driver's calendar conversion cost more than everything else in assessing a plan.
     */
    private static final String SELECT = "select u.action.id, year(u.asAt), month(u.asAt), day(u.asAt), u.id, u.rag, "
            + "u.statusAfter, u.author from ProgressUpdate u ";

    /**
     * The rows by action, in order. A plan's updates share a few dozen dates and authors, so
     * each is held once: a timeline kept between requests ({@link PlanAssessor}) then costs
     * little more than its entries.
     */
    private static ProgressTimeline read(List<Object[]> rows) {
        Map<Long, List<Entry>> byAction = new HashMap<>();
        Map<Integer, LocalDate> dates = new HashMap<>();
        Map<String, String> authors = new HashMap<>();
        for (Object[] r : rows) {
            int year = ((Number) r[1]).intValue();
            int month = ((Number) r[2]).intValue();
            int day = ((Number) r[3]).intValue();
            LocalDate asAt = dates.computeIfAbsent(year * 10000 + month * 100 + day, k -> LocalDate.of(year, month, day));
            String author = r[7] == null ? null : authors.computeIfAbsent((String) r[7], a -> a);
            byAction.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Entry(asAt,
                    (Long) r[4], (RagColour) r[5], (ActionStatus) r[6], author));
        }
        byAction.values().forEach(list -> list.sort(ORDER));
        return new ProgressTimeline(byAction);
    }

    /** How many updates the timeline holds (read from the database; none for one read from the actions). */
    int size() {
        return stored == null ? 0 : stored.values().stream().mapToInt(List::size).sum();
    }

    private List<Entry> of(Action action) {
        if (stored == null || action.getId() == null) {
            return entriesOf(action);
        }
        return stored.getOrDefault(action.getId(), List.of());
    }

    /** The action's updates: read from the database, or its own where they could not be (see {@link ActionFacts#ownUpdates()}). */
    private List<Entry> of(ActionFacts action) {
        if (stored == null || action.id() == null) {
            return action.ownUpdates();
        }
        return stored.getOrDefault(action.id(), List.of());
    }

    /** The action's own updates, in order, as the rules read them (for an action not saved, or no database). */
    static List<Entry> entriesOf(Action action) {
        return action.getUpdates().stream().map(Entry::of).sorted(ORDER).toList();
    }

    /** Whether the updates are read from the actions themselves (no database, or a plan not saved). */
    boolean readsActions() {
        return stored == null;
    }

    /** The latest update on or before the date. */
    Optional<Entry> latestOnOrBefore(ActionFacts action, LocalDate asAt) {
        Entry latest = null;
        for (Entry e : of(action)) {
            if (e.asAt().isAfter(asAt)) {
                break;
            }
            latest = e;
        }
        return Optional.ofNullable(latest);
    }

    /** The date of the newest update, if any. */
    Optional<LocalDate> newest(Action action) {
        return newest(of(action));
    }

    Optional<LocalDate> newest(ActionFacts action) {
        return newest(of(action));
    }

    private static Optional<LocalDate> newest(List<Entry> all) {
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).asAt());
    }

    /** The status the latest update on or before the date that set one gave; not started if none did. */
    ActionStatus statusOnOrBefore(ActionFacts action, LocalDate asAt) {
        ActionStatus status = ActionStatus.NOT_STARTED;
        for (Entry e : of(action)) {
            if (e.asAt().isAfter(asAt)) {
                break;
            }
            if (e.statusAfter() != null) {
                status = e.statusAfter();
            }
        }
        return status;
    }

    /** How many updates are dated after the first date and on or before the second. */
    long postedBetween(ActionFacts action, LocalDate after, LocalDate upTo) {
        return of(action).stream().filter(e -> e.asAt().isAfter(after) && !e.asAt().isAfter(upTo)).count();
    }
}
