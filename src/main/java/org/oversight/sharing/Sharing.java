package org.oversight.sharing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oversight.account.CurrentUser;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.ActionPlan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What councils choose to share, and only that. A council's plan managers (and administrators
 * whose reach takes in the council) share one of its plans, or a set of its indicators, with a
 * group the council is a member of, and withdraw it again; both go on the audit trail. Nobody
 * shares what their council does not own.
 */
@Service
@Transactional
public class Sharing {
    private static final String ENTITY = "SharedItem";
    private final SharedItemRepository items;
    private final SharingGroupRepository groups;
    private final AuditTrail audit;
    private final Clock clock;

    Sharing(SharedItemRepository items, SharingGroupRepository groups, AuditTrail audit, Clock clock) {
        this.items = items;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    /** Shares the plan with the group; sharing what is already shared changes nothing. */
    public SharedItem sharePlan(ActionPlan plan, long groupId, CurrentUser by) {
        Long owner = plan.getOwnerId();
        if (owner == null) {
            throw new SharingRefused("sharing.refused.noOwner");
        }
        SharingGroup group = groupFor(owner, groupId, by);
        Optional<SharedItem> already = items.findByPlanIdAndWithdrawnAtIsNull(plan.getId()).stream()
                .filter(i -> i.getGroup().getId().equals(groupId)).findFirst();
        if (already.isPresent()) {
            return already.get();
        }
        SharedItem item = items.save(SharedItem.plan(owner, plan.getId(), group, by.usernameOrAnonymous(), clock.instant()));
        audit.record(ENTITY, item.getId(), "SHARE", "Shared the plan \"" + plan.getTitle() + "\" with " + group.getName(),
                null, stateOf(item));
        return item;
    }

    /** Shares the council's indicators of these codes (none: all of them) with the group. */
    public SharedItem shareIndicators(long organisationId, List<String> codes, long groupId, CurrentUser by) {
        SharingGroup group = groupFor(organisationId, groupId, by);
        SharedItem item = items.save(SharedItem.indicators(organisationId, codes, group, by.usernameOrAnonymous(),
                clock.instant()));
        audit.record(ENTITY, item.getId(), "SHARE", "Shared " + (codes.isEmpty() ? "every indicator" : "indicators "
                + String.join(", ", codes)) + " with " + group.getName(), null, stateOf(item));
        return item;
    }

    /** Takes a share back; from then on nobody in the group sees it, as at any date. */
    public void withdraw(long itemId, CurrentUser by) {
        SharedItem item = items.findById(itemId).filter(i -> mayShareFor(by, i.getOrganisationId()))
                .orElseThrow(() -> new SharingRefused("sharing.refused.notYours"));
        if (!item.isLive()) {
            return;
        }
        Map<String, Object> before = stateOf(item);
        item.withdraw(by.usernameOrAnonymous(), clock.instant());
        audit.record(ENTITY, item.getId(), "WITHDRAW", "Withdrew what was shared with " + item.getGroup().getName(),
                before, stateOf(item));
    }

    /** Everything the organisation has shared, live and withdrawn, newest first. */
    @Transactional(readOnly = true)
    public List<SharedItem> sharedBy(long organisationId) {
        return items.findByOrganisationIdOrderBySharedAtDesc(organisationId);
    }

    /** What is shared with the group now. */
    @Transactional(readOnly = true)
    public List<SharedItem> liveIn(long groupId) {
        return items.findByGroupIdAndWithdrawnAtIsNull(groupId);
    }

    /** The live plans shared with the group now, with their councils' names, read narrowly. */
    @Transactional(readOnly = true)
    List<SharedItemRepository.SharedPlan> plansSharedWith(long groupId) {
        return items.plansSharedWith(groupId);
    }

    /** The councils sharing the indicator code (or every indicator) with any of the groups now. */
    @Transactional(readOnly = true)
    java.util.Set<Long> councilsSharing(java.util.Collection<Long> groupIds, String code) {
        java.util.Set<Long> councils = new java.util.HashSet<>();
        if (!groupIds.isEmpty()) {
            items.indicatorSharesIn(groupIds).stream().filter(r -> SharedItem.covers((String) r[1], code))
                    .forEach(r -> councils.add((Long) r[0]));
        }
        return councils;
    }

    /** Whether the plan is shared, now, with the group. */
    @Transactional(readOnly = true)
    public boolean isShared(long planId, long groupId) {
        return items.findByPlanIdAndWithdrawnAtIsNull(planId).stream().anyMatch(i -> i.getGroup().getId() == groupId);
    }

    /** Whether the person may share for the organisation: a plan manager or administrator of it (or of none). */
    public static boolean mayShareFor(CurrentUser person, long organisationId) {
        return person.canManagePlans() && person.manages(organisationId);
    }

    private SharingGroup groupFor(long organisationId, long groupId, CurrentUser by) {
        if (!mayShareFor(by, organisationId)) {
            throw new SharingRefused("sharing.refused.notYours");
        }
        return groups.findById(groupId).filter(g -> g.hasMember(organisationId))
                .orElseThrow(() -> new SharingRefused("sharing.refused.notMember"));
    }

    private static Map<String, Object> stateOf(SharedItem item) {
        return Map.of("organisation", item.getOrganisationId(), "group", item.getGroup().getName(),
                "subject", item.getSubject().name(), "plan", item.getPlanId() == null ? "" : item.getPlanId(),
                "indicators", String.join(",", item.indicatorCodes()), "live", item.isLive());
    }
}
