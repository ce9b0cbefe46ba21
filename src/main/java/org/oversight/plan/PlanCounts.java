package org.oversight.plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.oversight.timescale.TimescaleKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many of a plan's actions stand at each colour as at any date, how many are overdue and
 * how many had their deadline moved twice or more: the same numbers as the plan's
 * {@link PlanStandings standing} on that date, for many plans at once. Each plan's facts (its live
 * actions, their dependencies and deadline moves, and every progress update's date, RAG and
 * status, never its words) are read for every plan at once in a few queries of a few columns, and
 * kept by plan and {@link ActionPlan#getRevision() revision} as {@link PlanStandings} keeps
 * standings, so a change committed by any instance is read again on the next request. The counts
 * as at a date are worked out from the facts, so a date not asked for before costs arithmetic, not
 * reading. A request with uncommitted changes of its own reads afresh and keeps nothing.
 */
@Component
public class PlanCounts {
    /** Plans read together: a plan's facts are a few thousand update rows, held in memory as a query returns them. */
    private static final int PLANS_PER_READ = 25;
    private static final RagColour[] COLOURS = RagColour.values();
    private static final ActionStatus[] STATUSES = ActionStatus.values();
    private final EntityManager em;
    private final Cache<Key, Facts> kept;
    private final ReentrantLock reading = new ReentrantLock();

    PlanCounts(EntityManager em, @Value("${oversight.plan.counts-kept-updates:5000000}") long updatesKept) {
        this.em = em;
        this.kept = Caffeine.newBuilder().maximumWeight(updatesKept)
                .weigher((Key k, Facts f) -> Math.max(1, f.dates.length + f.due.length))
                .expireAfterAccess(Duration.ofHours(12)).build();
    }

    private record Key(long plan, long revision) {
    }

    /** A plan's counts as at one date. */
    public record Counts(RagTally tally, int overdue, int movedTwice) {
        /** The red and amber actions weighed (a red counts twice) as a share of all, fewer being better. */
        public double concern() {
            int total = tally.total();
            return total == 0 ? 0 : (2.0 * tally.count(RagColour.RED) + tally.count(RagColour.AMBER)) / total;
        }
    }

    /**
     * The facts kept of the plans at the given revisions (plan id to revision), by plan id: those
     * not kept are missing, to be read with {@link #of}. None within uncommitted changes.
     */
    public Map<Long, Facts> keptOf(Map<Long, Long> revisions) {
        if (PlanRevisions.uncommittedChanges(em)) {
            return Map.of();
        }
        Map<Long, Facts> found = new HashMap<>();
        revisions.forEach((id, revision) -> {
            Facts f = kept.getIfPresent(new Key(id, revision));
            if (f != null) {
                found.put(id, f);
            }
        });
        return found;
    }

    /** The facts of each stored plan given, by plan id: kept ones as kept, the rest read together. */
    public Map<Long, Facts> of(Collection<ActionPlan> plans) {
        boolean keep = !PlanRevisions.uncommittedChanges(em);
        Map<Long, Facts> found = new HashMap<>();
        Map<Long, ActionPlan> missing = new HashMap<>();
        for (ActionPlan plan : plans) {
            if (plan.getId() == null) {
                continue;
            }
            Facts f = keep ? kept.getIfPresent(new Key(plan.getId(), plan.getRevision())) : null;
            if (f == null) {
                missing.put(plan.getId(), plan);
            } else {
                found.put(plan.getId(), f);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        if (!keep) {
            readInto(found, missing, false);
            return found;
        }
        // One request reads what is not kept at a time; the others wait and find it kept. Eight
        // people opening the national view at once would otherwise each hold every plan's facts.
        reading.lock();
        try {
            missing.values().removeIf(plan -> {
                Facts f = kept.getIfPresent(new Key(plan.getId(), plan.getRevision()));
                if (f != null) {
                    found.put(plan.getId(), f);
                }
                return f != null;
            });
            readInto(found, missing, true);
        } finally {
            reading.unlock();
        }
        return found;
    }

    private void readInto(Map<Long, Facts> found, Map<Long, ActionPlan> missing, boolean keep) {
        List<Long> ids = new ArrayList<>(missing.keySet());
        Collections.sort(ids);
        for (int from = 0; from < ids.size(); from += PLANS_PER_READ) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + PLANS_PER_READ));
            read(chunk, missing, keep).forEach((id, f) -> {
                found.put(id, f);
                if (keep) {
                    kept.put(new Key(id, missing.get(id).getRevision()), f);
                }
            });
        }
    }

    /** The facts of the plans, read in a few queries for all of them at once. */
    private Map<Long, Facts> read(List<Long> planIds, Map<Long, ActionPlan> plans, boolean committed) {
        Map<Long, Builder> builders = new HashMap<>();
        planIds.forEach(id -> builders.put(id, new Builder(plans.get(id))));
        Map<Long, Builder> ofAction = new HashMap<>();
        for (Object[] r : em.createQuery("select a.id, r.plan.id, w.id, a.status, a.dueDate, a.startDate, a.timescale.kind,"
                + " a.override.colour from Action a join a.recommendation r left join r.workstream w"
                + " where r.plan.id in :plans and a.archived = false and r.archived = false", Object[].class)
                .setParameter("plans", planIds).getResultList()) {
            Builder b = builders.get((Long) r[1]);
            b.action((Long) r[0], (Long) r[2], (ActionStatus) r[3], (LocalDate) r[4], (LocalDate) r[5],
                    (TimescaleKind) r[6], (RagColour) r[7]);
            ofAction.put((Long) r[0], b);
        }
        for (Object[] r : em.createQuery("select c.action.id, count(c) from DeadlineChange c"
                + " where c.action.recommendation.plan.id in :plans group by c.action.id", Object[].class)
                .setParameter("plans", planIds).getResultList()) {
            Builder b = ofAction.get((Long) r[0]);
            if (b != null) {
                b.moves((Long) r[0], ((Number) r[1]).intValue());
            }
        }
        for (Object[] r : em.createQuery("select d.action.id, d.kind, t.id, w.id from ActionDependency d"
                + " left join d.targetAction t left join d.targetWorkstream w"
                + " where d.action.recommendation.plan.id in :plans", Object[].class)
                .setParameter("plans", planIds).getResultList()) {
            Builder b = ofAction.get((Long) r[0]);
            if (b != null) {
                b.dependency((Long) r[0], (DependencyKind) r[1], (Long) r[2], (Long) r[3]);
            }
        }
        // the date as year, month and day numbers, as ProgressTimeline reads it (far cheaper than the driver's dates)
        for (Object[] r : em.createQuery("select u.action.id, year(u.asAt), month(u.asAt), day(u.asAt), u.id, u.rag,"
                + " u.statusAfter from ProgressUpdate u where u.action.recommendation.plan.id in :plans", Object[].class)
                .setParameter("plans", planIds).getResultList()) {
            Builder b = ofAction.get((Long) r[0]);
            if (b != null) {
                b.update((Long) r[0], LocalDate.of(((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue()).toEpochDay(), (Long) r[4], (RagColour) r[5], (ActionStatus) r[6]);
            }
        }
        for (Object[] r : em.createQuery("select p.id, d from ActionPlan p join p.rounds d where p.id in :plans", Object[].class)
                .setParameter("plans", planIds).getResultList()) {
            builders.get((Long) r[0]).rounds.add((LocalDate) r[1]);
        }
        for (Object[] r : em.createQuery("select u.plan.id, u.asAt, e.actionId, e.rag, e.proposed, e.reasons from UpdateRound u"
                + " join u.snapshot e where u.plan.id in :plans and u.closedAt is not null", Object[].class)
                .setParameter("plans", planIds).getResultList()) {
            builders.get((Long) r[0]).fixed((LocalDate) r[1], (Long) r[2], (RagColour) r[3], (RagColour) r[4], (String) r[5]);
        }
        Map<Long, Facts> facts = new HashMap<>();
        builders.forEach((id, b) -> facts.put(id, b.build(committed)));
        return facts;
    }

    /** What a closed round fixed of one action: the colour that stands and two of its reasons. */
    private record Fixed(RagColour rag, boolean overdue, boolean movedTwice) {
    }

    /**
     * One plan's facts, as the rules read them: each live action's status, dates, timescale,
     * override, deadline moves and dependencies, and its progress updates' dates, RAG and status.
     */
    public static final class Facts {
        private final boolean committed;
        private final RagColour completeColour;
        private final SortedSet<LocalDate> rounds;
        private final Map<LocalDate, Map<Integer, Fixed>> fixedByRound;
        private final byte[] status;
        private final long[] due;
        private final long[] start;
        private final boolean[] waitingKind;
        private final boolean[] unknownKind;
        private final byte[] override;
        private final int[] moves;
        private final int[][] onActions;
        private final int[][] onWorkstreams;
        private final int[] workstream;
        private final int[] firstUpdate;
        private final long[] dates;
        private final byte[] rags;
        private final byte[] statusSoFar;
        /** The day the cadence runs out after each update, and after each action's start (none: never). */
        private final long[] staleAfterUpdate;
        private final long[] staleAfterStart;

        private Facts(Builder b, boolean committed) {
            this.committed = committed;
            int n = b.ids.size();
            Period cadence = b.cadence;
            completeColour = b.completeColour;
            rounds = Collections.unmodifiableSortedSet(new TreeSet<>(b.rounds));
            status = new byte[n];
            due = new long[n];
            start = new long[n];
            waitingKind = new boolean[n];
            unknownKind = new boolean[n];
            override = new byte[n];
            moves = new int[n];
            onActions = new int[n][];
            onWorkstreams = new int[n][];
            workstream = new int[n];
            firstUpdate = new int[n + 1];
            Map<Long, Integer> workstreams = new HashMap<>();
            int updates = 0;
            for (int i = 0; i < n; i++) {
                updates += b.updates.get(i).size();
            }
            dates = new long[updates];
            rags = new byte[updates];
            statusSoFar = new byte[updates];
            staleAfterUpdate = new long[updates];
            staleAfterStart = new long[n];
            int u = 0;
            for (int i = 0; i < n; i++) {
                status[i] = b.status.get(i) == null ? -1 : (byte) b.status.get(i).ordinal();
                due[i] = b.due.get(i) == null ? Long.MIN_VALUE : b.due.get(i).toEpochDay();
                start[i] = b.start.get(i) == null ? Long.MIN_VALUE : b.start.get(i).toEpochDay();
                staleAfterStart[i] = b.start.get(i) == null ? Long.MAX_VALUE : b.start.get(i).plus(cadence).toEpochDay();
                TimescaleKind kind = b.kinds.get(i);
                waitingKind[i] = kind == TimescaleKind.EXTERNAL || b.external.contains(i);
                unknownKind[i] = kind == TimescaleKind.UNKNOWN;
                override[i] = b.overrides.get(i) == null ? -1 : (byte) b.overrides.get(i).ordinal();
                moves[i] = b.moves[i];
                // recommendations of no workstream are one group: a workstream dependency of none reads them
                workstream[i] = workstreams.computeIfAbsent(Objects.requireNonNullElse(b.workstreams.get(i), 0L), k -> workstreams.size());
                onActions[i] = b.onActions.get(i).stream().map(b.index::get).filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
                firstUpdate[i] = u;
                List<long[]> list = b.updates.get(i);
                list.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
                byte so = (byte) ActionStatus.NOT_STARTED.ordinal();
                for (long[] e : list) {
                    dates[u] = e[0];
                    staleAfterUpdate[u] = LocalDate.ofEpochDay(e[0]).plus(cadence).toEpochDay();
                    rags[u] = (byte) e[2];
                    if (e[3] >= 0) {
                        so = (byte) e[3];
                    }
                    statusSoFar[u] = so;
                    u++;
                }
            }
            firstUpdate[n] = u;
            for (int i = 0; i < n; i++) {
                onWorkstreams[i] = b.onWorkstreams.get(i).stream()
                        .map(w -> workstreams.get(Objects.requireNonNullElse(w, 0L))).filter(Objects::nonNull)
                        .mapToInt(Integer::intValue).toArray();
            }
            fixedByRound = new HashMap<>();
            b.fixed.forEach((date, entries) -> {
                Map<Integer, Fixed> byIndex = new HashMap<>();
                entries.forEach((id, f) -> {
                    Integer i = b.index.get(id);
                    if (i != null) {
                        byIndex.put(i, f);
                    }
                });
                fixedByRound.put(date, byIndex);
            });
        }

        /**
         * Whether these are the facts of the plan's revision as committed, so that what is worked out
         * from them may be kept by that revision; not when read within uncommitted changes.
         */
        public boolean committed() {
            return committed;
        }

        /** The plan's progress round dates. */
        public SortedSet<LocalDate> rounds() {
            return rounds;
        }

        /** The counts as at the date, by the rules {@link PlanAssessor} applies, of the plan's live actions. */
        public Counts asAt(LocalDate asAt) {
            int n = status.length;
            long day = asAt.toEpochDay();
            byte[] own = new byte[n];
            boolean[] red = new boolean[n];
            boolean[] complete = new boolean[n];
            boolean[] overdue = new boolean[n];
            Set<Integer> redWorkstreams = new HashSet<>();
            for (int i = 0; i < n; i++) {
                int latest = latestOnOrBefore(i, day);
                int last = firstUpdate[i + 1] - 1;
                ActionStatus st = last < firstUpdate[i] || day >= dates[last] ? (status[i] < 0 ? null : STATUSES[status[i]])
                        : latest < 0 ? ActionStatus.NOT_STARTED : STATUSES[statusSoFar[latest]];
                RagColour worst = null;
                if (st == ActionStatus.COMPLETE) {
                    complete[i] = true;
                    red[i] = completeColour == RagColour.RED;
                    worst = completeColour;
                } else {
                    if (st == ActionStatus.WAITING || waitingKind[i]) {
                        worst = worse(worst, RagColour.AMBER);
                    }
                    if (due[i] != Long.MIN_VALUE && due[i] < day) {
                        overdue[i] = true;
                        red[i] = true;
                    }
                    if (st == ActionStatus.NOT_STARTED && start[i] != Long.MIN_VALUE && start[i] < day) {
                        red[i] = true;
                    }
                    long staleAfter = latest >= 0 ? staleAfterUpdate[latest] : staleAfterStart[i];
                    if (staleAfter < day) {
                        worst = worse(worst, RagColour.AMBER);
                    }
                    if (moves[i] > 0) {
                        worst = worse(worst, moves[i] >= 2 ? RagColour.AMBER : RagColour.GREEN);
                    }
                    if (latest >= 0 && rags[latest] >= 0) {
                        RagColour lead = COLOURS[rags[latest]];
                        if (lead == RagColour.RED) {
                            red[i] = true;
                        } else if (lead == RagColour.AMBER) {
                            worst = worse(worst, RagColour.AMBER);
                        }
                    }
                    if (unknownKind[i] && due[i] == Long.MIN_VALUE) {
                        worst = worse(worst, RagColour.AMBER);
                    }
                    if (red[i]) {
                        worst = RagColour.RED;
                    }
                }
                own[i] = (byte) (worst == null ? -1 : worst.ordinal());
                if (red[i]) {
                    redWorkstreams.add(workstream[i]);
                }
            }
            Map<Integer, Fixed> fixed = rounds.contains(asAt) ? fixedByRound.getOrDefault(asAt, Map.of()) : Map.of();
            Map<RagColour, Integer> counts = new EnumMap<>(RagColour.class);
            int overdueCount = 0;
            int moved = 0;
            for (int i = 0; i < n; i++) {
                Fixed f = fixed.get(i);
                RagColour rag;
                if (f != null) {
                    rag = f.rag();
                    overdueCount += f.overdue() ? 1 : 0;
                    moved += f.movedTwice() ? 1 : 0;
                } else {
                    RagColour worst = own[i] < 0 ? null : COLOURS[own[i]];
                    if (!complete[i] && atRisk(i, red, redWorkstreams)) {
                        worst = worse(worst, RagColour.AMBER);
                    }
                    RagColour proposed = complete[i] ? completeColour : worst == null ? RagColour.GREEN : worst;
                    rag = override[i] < 0 ? proposed : COLOURS[override[i]];
                    overdueCount += overdue[i] ? 1 : 0;
                    moved += moves[i] >= 2 ? 1 : 0;
                }
                counts.merge(rag, 1, Integer::sum);
            }
            return new Counts(new RagTally(counts, n, completeColour), overdueCount, moved);
        }

        private boolean atRisk(int i, boolean[] red, Set<Integer> redWorkstreams) {
            for (int target : onActions[i]) {
                if (red[target]) {
                    return true;
                }
            }
            for (int w : onWorkstreams[i]) {
                if (redWorkstreams.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /** The index of the action's latest update on or before the day, or -1. */
        private int latestOnOrBefore(int action, long day) {
            int lo = firstUpdate[action];
            int hi = firstUpdate[action + 1] - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (dates[mid] <= day) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }

        private static RagColour worse(RagColour current, RagColour colour) {
            return colour.worseThan(current) ? colour : current;
        }
    }

    /** Collects one plan's rows as the queries return them. */
    private static final class Builder {
        private final Period cadence;
        private final RagColour completeColour;
        private final Set<LocalDate> rounds = new TreeSet<>();
        private final Map<Long, Integer> index = new HashMap<>();
        private final List<Long> ids = new ArrayList<>();
        private final List<ActionStatus> status = new ArrayList<>();
        private final List<LocalDate> due = new ArrayList<>();
        private final List<LocalDate> start = new ArrayList<>();
        private final List<TimescaleKind> kinds = new ArrayList<>();
        private final List<RagColour> overrides = new ArrayList<>();
        private final List<Long> workstreams = new ArrayList<>();
        private final List<List<Long>> onActions = new ArrayList<>();
        private final List<List<Long>> onWorkstreams = new ArrayList<>();
        private final List<List<long[]>> updates = new ArrayList<>();
        private final Set<Integer> external = new HashSet<>();
        private final Map<LocalDate, Map<Long, Fixed>> fixed = new HashMap<>();
        private int[] moves;

        Builder(ActionPlan plan) {
            this.cadence = plan.getUpdateCadence();
            this.completeColour = plan.getCompleteColour();
        }

        void action(long id, Long workstream, ActionStatus s, LocalDate dueDate, LocalDate startDate, TimescaleKind kind,
                    RagColour overrideColour) {
            index.put(id, ids.size());
            ids.add(id);
            status.add(s);
            due.add(dueDate);
            start.add(startDate);
            kinds.add(kind);
            overrides.add(overrideColour);
            workstreams.add(workstream);
            onActions.add(new ArrayList<>());
            onWorkstreams.add(new ArrayList<>());
            updates.add(new ArrayList<>());
        }

        void moves(long action, int count) {
            if (moves == null) {
                moves = new int[ids.size()];
            }
            moves[index.get(action)] = count;
        }

        void dependency(long action, DependencyKind kind, Long targetAction, Long targetWorkstream) {
            int i = index.get(action);
            switch (kind) {
                case ACTION -> {
                    if (targetAction != null) {
                        onActions.get(i).add(targetAction);
                    }
                }
                case WORKSTREAM -> onWorkstreams.get(i).add(targetWorkstream);
                case EXTERNAL -> external.add(i);
            }
        }

        void update(long action, long day, long id, RagColour rag, ActionStatus statusAfter) {
            updates.get(index.get(action)).add(new long[] {day, id, rag == null ? -1 : rag.ordinal(),
                    statusAfter == null ? -1 : statusAfter.ordinal()});
        }

        /** An entry of a closed round; one stored before reasons were kept fixes nothing. */
        void fixed(LocalDate asAt, long action, RagColour rag, RagColour proposed, String reasons) {
            Map<Long, Fixed> entries = fixed.computeIfAbsent(asAt, k -> new HashMap<>());
            if (reasons == null || reasons.isBlank()) {
                return;
            }
            boolean overdue = false;
            boolean moved = false;
            for (String line : reasons.split("\n")) {
                String[] p = line.split(" ", 3);
                overdue |= StatusRule.valueOf(p[0]) == StatusRule.OVERDUE;
                moved |= StatusRule.valueOf(p[0]) == StatusRule.DEADLINE_MOVED && RagColour.valueOf(p[1]) == RagColour.AMBER;
            }
            entries.put(action, new Fixed(rag == null || rag == proposed ? proposed : rag, overdue, moved));
        }

        Facts build(boolean committed) {
            if (moves == null) {
                moves = new int[ids.size()];
            }
            return new Facts(this, committed);
        }
    }
}
