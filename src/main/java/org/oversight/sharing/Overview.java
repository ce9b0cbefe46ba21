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
import org.oversight.plan.OrganisationRepository;
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
    private final OrganisationRepository organisations;
    private final SharingGroupRepository groups;
    private final PlanStandings standings;
    private final PlanCounts counts;
    private final ReceivedStandings received;
    private final EntityManager entityManager;
    private final Cache<Key, Summary> kept;

    Overview(Sharing sharing, PlanRepository plans, OrganisationRepository organisations, SharingGroupRepository groups,
             PlanStandings standings, PlanCounts counts, ReceivedStandings received, EntityManager entityManager,
             @Value("${oversight.sharing.summaries-kept:100000}") long summariesKept) {
        this.received = received;
        this.entityManager = entityManager;
        this.kept = Caffeine.newBuilder().maximumSize(summariesKept).expireAfterAccess(Duration.ofHours(12)).build();
        this.sharing = sharing;
        this.plans = plans;
        this.organisations = organisations;
        this.groups = groups;
        this.standings = standings;
        this.counts = counts;
    }

    /**
     * The group's rows as at the date, of the councils in the named region only when one is given:
     * this instance's councils' and those other instances published to the group.
     */
    public List<OverviewRow> rows(SharingGroup group, LocalDate asAt, String region, OverviewSort sort) {
        return java.util.stream.Stream.concat(localRows(group, asAt, region).stream(),
                received.rows(group, asAt, region).stream()).sorted(sort.comparator()).toList();
    }

    /** The rows of this instance's own councils only: what it publishes to another instance. */
    List<OverviewRow> localRows(SharingGroup group, LocalDate asAt, String region) {
        List<Long> planIds = sharing.liveIn(group.getId()).stream().filter(i -> i.getSubject() == SharedSubject.PLAN)
                .map(SharedItem::getPlanId).distinct().toList();
        Map<Long, String> regions = regionsOfCouncils();
        Map<Long, String> names = new HashMap<>();
        organisations.findAll().forEach(o -> names.put(o.getId(), o.getName()));
        List<ActionPlan> shown = plans.findAllById(planIds).stream().filter(p -> !p.isArchived() && p.getOwnerId() != null)
                .filter(p -> region == null || region.isBlank() || region.equals(regions.get(p.getOwnerId()))).toList();
        Map<Long, PlanCounts.Facts> facts = counts.of(shown);
        return shown.stream().map(p -> row(p, facts.get(p.getId()), names.get(p.getOwnerId()), regions.get(p.getOwnerId()), asAt))
                .toList();
    }

    /** The facts of the plans' standings, read for all of them at once: what {@link #row} counts from. */
    Map<Long, PlanCounts.Facts> factsOf(List<ActionPlan> shown) {
        return counts.of(shown);
    }

    /** The names of the regions the group's councils are in, for the filter. */
    public List<String> regionsIn(SharingGroup group) {
        Map<Long, String> regions = regionsOfCouncils();
        return java.util.stream.Stream.concat(group.getMembers().stream().map(regions::get).filter(Objects::nonNull),
                received.regionsIn(group).stream()).distinct().sorted().toList();
    }

    Map<Long, String> regionsOfCouncils() {
        Map<Long, String> regions = new HashMap<>();
        groups.findAllByOrderByName().stream().filter(g -> g.getKind() == GroupKind.REGION)
                .forEach(g -> g.getMembers().forEach(m -> regions.putIfAbsent(m, g.getName())));
        return regions;
    }

    /**
     * The plan's row as at the date, counted from its facts (read with those of the other plans
     * shown); from its standing, assessed afresh, when there are none (a plan not yet stored, or
     * within uncommitted changes).
     */
    OverviewRow row(ActionPlan plan, PlanCounts.Facts facts, String council, String region, LocalDate asAt) {
        Summary now = summary(plan, facts, asAt);
        SortedSet<LocalDate> roundDates = facts == null ? plan.getRounds() : facts.rounds();
        List<LocalDate> rounds = List.copyOf(roundDates.headSet(asAt.plusDays(1)));
        Optional<LocalDate> last = rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
        Trend trend = rounds.size() < 2 ? Trend.NONE : Trend.between(
                summary(plan, facts, rounds.get(rounds.size() - 2)).concern(), summary(plan, facts, last.get()).concern());
        return new OverviewRow(plan.getOwnerId(), council, region, plan.getId(), plan.getTitle(), plan.getSource(),
                plan.getSourceDate(), now.tally(), now.overdue(), now.movedTwice(), last.orElse(null),
                last.map(d -> ChronoUnit.DAYS.between(d, asAt)).orElse(null), trend);
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
     * many actions the plans hold. Assessed afresh, and not kept, within uncommitted changes.
     */
    private Summary summary(ActionPlan plan, PlanCounts.Facts facts, LocalDate asAt) {
        if (facts != null) {
            // whether the request holds uncommitted changes was asked once, when the facts were read
            return facts.committed() ? kept.get(new Key(plan.getId(), plan.getRevision(), asAt), k -> new Summary(facts.asAt(asAt)))
                    : new Summary(facts.asAt(asAt));
        }
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
