package org.oversight.sharing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanCounts;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.PlanRevisions;
import org.oversight.plan.PlanStandings;
import org.oversight.plan.RagTally;
import org.oversight.plan.RagColour;
import org.oversight.plan.StatusAssessment;
import org.oversight.plan.StatusRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The view across the councils of one group: a row for each plan shared with it now, with its
 * standing as at the date asked for. What has been withdrawn is not shown, whatever the date.
 * Standings are read through {@link PlanStandings}, kept per plan revision and date.
 */
@Service
@Transactional(readOnly = true)
public class Overview {
    private final Sharing sharing;
    private final PlanRepository plans;
    private final SharingGroupRepository groups;
    private final PlanStandings standings;
    private final PlanCounts counts;
    private final ReceivedStandings received;
    private final EntityManager entityManager;
    private final Cache<Key, Summary> kept;

    Overview(Sharing sharing, PlanRepository plans, SharingGroupRepository groups,
             PlanStandings standings, PlanCounts counts, ReceivedStandings received, EntityManager entityManager,
             @Value("${oversight.sharing.summaries-kept:100000}") long summariesKept) {
        this.received = received;
        this.entityManager = entityManager;
        this.kept = Caffeine.newBuilder().maximumSize(summariesKept).expireAfterAccess(Duration.ofHours(12)).build();
        this.sharing = sharing;
        this.plans = plans;
        this.groups = groups;
        this.standings = standings;
        this.counts = counts;
    }

    /** The rows of a group as at a date, and the regions its councils are in (to filter by). */
    public record View(List<OverviewRow> rows, List<String> regions) {
    }

    /**
     * The group's rows as at the date, of the councils in the named region only when one is given:
     * this instance's councils' and those other instances published to the group.
     */
    public List<OverviewRow> rows(SharingGroup group, LocalDate asAt, String region, OverviewSort sort) {
        return view(group, asAt, region, sort).rows();
    }

    /** The group's rows as {@link #rows} gives them, and the names of the regions its councils are in. */
    public View view(SharingGroup group, LocalDate asAt, String region, OverviewSort sort) {
        Map<Long, String> regions = regionsOfCouncils();
        List<Long> instances = received.instancesOf(List.of(group.getId()));
        List<OverviewRow> rows = java.util.stream.Stream.concat(localRows(group, asAt, region, regions).stream(),
                received.rows(instances, asAt, region).stream()).sorted(sort.comparator()).toList();
        List<String> regionNames = java.util.stream.Stream.concat(group.getMembers().stream().map(regions::get)
                .filter(Objects::nonNull), received.regionsIn(instances).stream()).distinct().sorted().toList();
        return new View(rows, regionNames);
    }

    /** The rows of this instance's own councils only: what it publishes to another instance. */
    List<OverviewRow> localRows(SharingGroup group, LocalDate asAt, String region) {
        return localRows(group, asAt, region, regionsOfCouncils());
    }

    /**
     * Each shared plan's heading with its council's name, and its facts, are read narrowly; only
     * the plans whose facts are not kept at their revision are loaded, to read them.
     */
    private List<OverviewRow> localRows(SharingGroup group, LocalDate asAt, String region, Map<Long, String> regions) {
        List<SharedItemRepository.SharedPlan> shown = sharing.plansSharedWith(group.getId()).stream()
                .filter(p -> region == null || region.isBlank() || region.equals(regions.get(p.ownerId()))).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> revisions = new HashMap<>();
        shown.forEach(p -> revisions.put(p.id(), p.revision()));
        Map<Long, PlanCounts.Facts> facts = new HashMap<>(counts.keptOf(revisions));
        List<Long> missing = shown.stream().map(SharedItemRepository.SharedPlan::id).filter(id -> !facts.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            facts.putAll(counts.of(plans.findAllById(missing)));
        }
        return shown.stream().filter(p -> facts.containsKey(p.id()))
                .map(p -> row(p, facts.get(p.id()), regions.get(p.ownerId()), asAt)).toList();
    }

    /** The facts of the plans' standings, read for all of them at once: what {@link #row} counts from. */
    Map<Long, PlanCounts.Facts> factsOf(List<ActionPlan> shown) {
        return counts.of(shown);
    }

    /** The region of each council in one, read in one narrow query: the first region by name where one is in two. */
    Map<Long, String> regionsOfCouncils() {
        Map<Long, String> regions = new HashMap<>();
        groups.membersOfKind(GroupKind.REGION).forEach(r -> regions.putIfAbsent((Long) r[1], (String) r[0]));
        return regions;
    }

    /**
     * The plan's row as at the date, counted from its facts (read with those of the other plans
     * shown); from its standing, assessed afresh, when there are none (a plan not yet stored, or
     * within uncommitted changes).
     */
    OverviewRow row(ActionPlan plan, PlanCounts.Facts facts, String council, String region, LocalDate asAt) {
        if (facts != null && plan.getId() != null) {
            return row(new SharedItemRepository.SharedPlan(plan.getId(), plan.getRevision(), plan.getOwnerId(), council,
                    plan.getTitle(), plan.getSource(), plan.getSourceDate()), facts, region, asAt);
        }
        return row(plan.getOwnerId(), plan.getId() == null ? 0 : plan.getId(), plan.getTitle(), plan.getSource(),
                plan.getSourceDate(), plan.getRounds(), council, region, asAt, d -> summary(plan, d));
    }

    private OverviewRow row(SharedItemRepository.SharedPlan plan, PlanCounts.Facts facts, String region, LocalDate asAt) {
        return row(plan.ownerId(), plan.id(), plan.title(), plan.source(), plan.sourceDate(), facts.rounds(), plan.council(), region,
                asAt, d -> summary(plan.id(), plan.revision(), facts, d));
    }

    private static OverviewRow row(Long owner, long planId, String title, String source, LocalDate sourceDate,
                                   SortedSet<LocalDate> roundDates, String council, String region, LocalDate asAt,
                                   java.util.function.Function<LocalDate, Summary> summary) {
        Summary now = summary.apply(asAt);
        List<LocalDate> rounds = List.copyOf(roundDates.headSet(asAt.plusDays(1)));
        Optional<LocalDate> last = rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
        Trend trend = rounds.size() < 2 ? Trend.NONE : Trend.between(
                summary.apply(rounds.get(rounds.size() - 2)).concern(), summary.apply(last.get()).concern());
        return new OverviewRow(owner, council, region, planId, title, source, sourceDate, now.tally(), now.overdue(),
                now.movedTwice(), last.orElse(null), last.map(d -> ChronoUnit.DAYS.between(d, asAt)).orElse(null), trend);
    }

    /** What a row needs of a plan's standing as at a date: a few counts, kept far longer than the standing itself. */
    private record Summary(RagTally tally, int overdue, int movedTwice) {
        Summary(PlanCounts.Counts counts) {
            this(counts.tally(), counts.overdue(), counts.movedTwice());
        }

        double concern() {
            return new PlanCounts.Counts(tally, overdue, movedTwice).concern();
        }
    }

    private record Key(long plan, long revision, LocalDate asAt) {
    }

    /**
     * The plan's summary as at the date, kept by plan revision and date (as {@link PlanStandings}
     * keeps standings, so a change by any instance is seen at once) but a few numbers each: the
     * overview of every council as at today and the round dates before stays in memory however
     * many actions the plans hold. Counted afresh, and not kept, from facts read within uncommitted changes.
     */
    private Summary summary(long planId, long revision, PlanCounts.Facts facts, LocalDate asAt) {
        // whether the request holds uncommitted changes was asked once, when the facts were read
        return facts.committed() ? kept.get(new Key(planId, revision, asAt), k -> new Summary(facts.asAt(asAt)))
                : new Summary(facts.asAt(asAt));
    }

    /** The summary of a plan with no facts read: a plan not yet stored, or one within uncommitted changes. */
    private Summary summary(ActionPlan plan, LocalDate asAt) {
        if (plan.getId() == null || PlanRevisions.uncommittedChanges(entityManager)) {
            return summarise(plan, asAt);
        }
        return kept.get(new Key(plan.getId(), plan.getRevision(), asAt), k -> summarise(plan, asAt));
    }

    private Summary summarise(ActionPlan plan, LocalDate asAt) {
        PlanStandings.Standing standing = standings.of(plan, asAt);
        int overdue = (int) standing.byAction().values().stream().filter(s -> s.has(StatusRule.OVERDUE)).count();
        int moved = (int) standing.byAction().values().stream().filter(Overview::movedTwiceOrMore).count();
        return new Summary(standing.tally(), overdue, moved);
    }

    /** A deadline moved once is shown but changes nothing; twice or more turns the action amber. */
    private static boolean movedTwiceOrMore(StatusAssessment status) {
        return status.reasons().stream().anyMatch(r -> r.rule() == StatusRule.DEADLINE_MOVED && r.colour() == RagColour.AMBER);
    }

    /** The ways the rows may be ordered. */
    public enum OverviewSort {
        COUNCIL(Comparator.comparing(OverviewRow::council, String.CASE_INSENSITIVE_ORDER)),
        RED(Comparator.comparingInt(OverviewRow::red).reversed()),
        OVERDUE(Comparator.comparingInt(OverviewRow::overdue).reversed()),
        MOVED(Comparator.comparingInt(OverviewRow::movedTwice).reversed()),
        SINCE_ROUND(Comparator.comparing(OverviewRow::daysSinceRound, Comparator.nullsFirst(Comparator.<Long>naturalOrder())).reversed()),
        TREND(Comparator.comparingInt(r -> List.of(Trend.WORSE, Trend.SAME, Trend.BETTER, Trend.NONE).indexOf(r.trend())));

        private final Comparator<OverviewRow> order;

        OverviewSort(Comparator<OverviewRow> order) {
            this.order = order;
        }

        Comparator<OverviewRow> comparator() {
            return order.thenComparing(OverviewRow::council, String.CASE_INSENSITIVE_ORDER);
        }

        /** The order named by a request parameter, or by council when none or an unknown one is named. */
        public static OverviewSort named(String name) {
            for (OverviewSort sort : values()) {
                if (sort.name().equalsIgnoreCase(name == null ? "" : name.replace('-', '_'))) {
                    return sort;
                }
            }
            return COUNCIL;
        }
    }
}
