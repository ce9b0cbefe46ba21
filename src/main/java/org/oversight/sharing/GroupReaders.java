package org.oversight.sharing;

import java.util.List;
import org.oversight.account.CurrentUser;
import org.oversight.account.GroupAuthority;
import org.oversight.account.OrganisationAuthority;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.SharedPlanReaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees what councils share: the advisers of a group, and the people of the group's member
 * councils. Someone who serves the whole instance sees every group's. The groups each person
 * sees are decided here alone.
 */
@Component
public class GroupReaders implements SharedPlanReaders {
    private final SharingGroupRepository groups;
    private final SharedItemRepository items;

    GroupReaders(SharingGroupRepository groups, SharedItemRepository items) {
        this.groups = groups;
        this.items = items;
    }

    /** The groups whose shared plans and figures the person reads, by name. */
    @Transactional(readOnly = true)
    public List<SharingGroup> groupsOf(Authentication auth) {
        if (!CurrentUser.of(auth).isSignedIn()) {
            return List.of();
        }
        Long group = GroupAuthority.groupOf(auth);
        Long organisation = OrganisationAuthority.organisationOf(auth);
        if (group != null) {
            return groups.findById(group).map(List::of).orElse(List.of());
        }
        if (organisation == null) {
            return groups.findAllByOrderByName();
        }
        return organisation == OrganisationAuthority.OUTSIDE_EVERY_ORGANISATION ? List.of()
                : groups.findWithMember(organisation);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean sharedWith(Authentication auth, ActionPlan plan) {
        List<Long> readable = groupsOf(auth).stream().map(SharingGroup::getId).toList();
        return !readable.isEmpty() && items.findByPlanIdAndWithdrawnAtIsNull(plan.getId()).stream()
                .anyMatch(i -> readable.contains(i.getGroup().getId()));
    }

    /** Whether the indicator's council shares it (or all its indicators) with a group whose figures the person reads. */
    @Transactional(readOnly = true)
    public boolean sharedWith(Authentication auth, org.oversight.indicator.Indicator indicator) {
        Long owner = indicator.getOrganisationId();
        if (owner == null) {
            return false;
        }
        List<Long> readable = groupsOf(auth).stream().map(SharingGroup::getId).toList();
        return !readable.isEmpty() && items.indicatorSharesOf(owner).stream()
                .anyMatch(r -> readable.contains((Long) r[0]) && SharedItem.covers((String) r[1], indicator.getCode()));
    }
}
