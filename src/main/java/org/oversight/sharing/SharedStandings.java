package org.oversight.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.oversight.indicator.IndicatorValueRepository;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.OrganisationRepository;
import org.oversight.plan.PlanCounts;
import org.oversight.plan.PlanRepository;
import org.oversight.plan.RagColour;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sending side of publishing between instances: what this instance's councils share now with
 * one group, as another instance receives it ({@link PublishedStandings}). Only live shares: a
 * withdrawn plan or indicator is left out, and with it what the receiver held of it. A plan's
 * standing goes as at each of its progress rounds, the first of each of the last 24 months and
 * today, so the receiver can show it as at any of those dates; nothing of its actions' words.
 */
@Service
@Transactional(readOnly = true)
public class SharedStandings {
    static final int MONTHS_BACK = 24;
    private final Sharing sharing;
    private final Overview overview;
    private final SharingGroupRepository groups;
    private final PlanRepository plans;
    private final OrganisationRepository organisations;
    private final IndicatorValueRepository values;
    private final CouncilComparatorsRepository councils;
    private final Clock clock;

    SharedStandings(Sharing sharing, Overview overview, SharingGroupRepository groups, PlanRepository plans,
                    OrganisationRepository organisations, IndicatorValueRepository values,
                    CouncilComparatorsRepository councils, Clock clock) {
        this.sharing = sharing;
        this.overview = overview;
        this.groups = groups;
        this.plans = plans;
        this.organisations = organisations;
        this.values = values;
        this.councils = councils;
        this.clock = clock;
    }

    /** What the councils of this instance share with the named group now. */
    public PublishedStandings of(String groupName) {
        SharingGroup group = groups.findByName(groupName == null ? "" : groupName.strip())
                .orElseThrow(() -> new SharingRefused("sharing.instance.noGroup"));
        LocalDate today = LocalDate.now(clock);
        List<SharedItem> live = sharing.liveIn(group.getId());
        Map<Long, String> names = new HashMap<>();
        organisations.findAll().forEach(o -> names.put(o.getId(), o.getName()));
        Map<Long, String> regions = overview.regionsOfCouncils();
        Map<Long, List<PublishedStandings.Plan>> plansOf = new LinkedHashMap<>();
        List<Long> planIds = live.stream().filter(i -> i.getSubject() == SharedSubject.PLAN).map(SharedItem::getPlanId)
                .distinct().toList();
        List<ActionPlan> sharedPlans = plans.findAllById(planIds).stream().filter(p -> !p.isArchived() && p.getOwnerId() != null)
                .toList();
        Map<Long, PlanCounts.Facts> facts = overview.factsOf(sharedPlans);
        for (ActionPlan plan : sharedPlans) {
            List<PublishedStandings.Standing> standings = datesOf(plan, today).stream()
                    .map(d -> standing(overview.row(plan, facts.get(plan.getId()), names.get(plan.getOwnerId()),
                            regions.get(plan.getOwnerId()), d), d))
                    .toList();
            plansOf.computeIfAbsent(plan.getOwnerId(), k -> new ArrayList<>()).add(new PublishedStandings.Plan(
                    String.valueOf(plan.getId()), plan.getTitle(), plan.getSource(), plan.getSourceDate(), standings));
        }
        Map<Long, List<PublishedStandings.Figure>> figuresOf = new LinkedHashMap<>();
        live.stream().filter(i -> i.getSubject() == SharedSubject.INDICATORS).forEach(item -> {
            List<Long> owner = List.of(item.getOrganisationId());
            var shared = item.indicatorCodes().isEmpty() ? values.findInOrderOwnedBy(owner)
                    : values.findByIndicatorCodesOwnedBy(item.indicatorCodes(), owner);
            List<PublishedStandings.Figure> figures = figuresOf.computeIfAbsent(item.getOrganisationId(), k -> new ArrayList<>());
            shared.stream().filter(v -> v.getValue() != null).map(v -> new PublishedStandings.Figure(
                    v.getIndicator().getCode(), v.getPeriod().toString(), v.getValue()))
                    .filter(f -> !figures.contains(f)).forEach(figures::add);
        });
        TreeSet<Long> councilIds = new TreeSet<>(plansOf.keySet());
        councilIds.addAll(figuresOf.keySet());
        Map<Long, String> laCodes = new HashMap<>();
        councils.findAllById(councilIds).forEach(c -> laCodes.put(c.getOrganisationId(), c.getLaCode()));
        return new PublishedStandings(councilIds.stream().map(id -> new PublishedStandings.Council(names.get(id),
                regions.get(id), laCodes.get(id), plansOf.getOrDefault(id, List.of()), figuresOf.getOrDefault(id, List.of())))
                .toList());
    }

    /** Each progress round, the first of each of the last months, and today. */
    private static List<LocalDate> datesOf(ActionPlan plan, LocalDate today) {
        TreeSet<LocalDate> dates = new TreeSet<>(plan.getRounds().stream().filter(d -> !d.isAfter(today)).toList());
        for (int m = 0; m < MONTHS_BACK; m++) {
            dates.add(today.withDayOfMonth(1).minusMonths(m));
        }
        dates.add(today);
        return List.copyOf(dates);
    }

    private static PublishedStandings.Standing standing(OverviewRow row, LocalDate asAt) {
        RagColour complete = row.tally().completeColour();
        return new PublishedStandings.Standing(asAt, row.red(), row.amber(), row.green(), row.complete(), row.total(),
                complete == null ? RagColour.GREEN : complete, row.overdue(), row.movedTwice(), row.lastRound(), row.trend());
    }
}
