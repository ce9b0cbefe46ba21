package org.oversight.demo;

import java.util.List;
import org.oversight.account.Accounts;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;
import org.oversight.sharing.GroupKind;
import org.oversight.sharing.SharingGroup;
import org.oversight.sharing.SharingGroupRepository;

/**
 * The demo's region: five fictional councils (Kingsmead, its neighbour Ashcombe and three more)
 * in the "Vale and Downs" region and in "National", and the adviser who advises the region. Made
 * on every start if missing, like the demo accounts' organisations.
 */
final class DemoRegion {
    static final String REGION = "Vale and Downs region";
    static final String NATIONAL = "National";
    static final List<String> COUNCILS = List.of(DemoOrganisation.COUNCIL, DemoMembership.NEIGHBOUR,
            "Brookfield City Council", "Eastmarsh County Council", "Harrowdene Borough Council");
    private final SharingGroupRepository groups;
    private final OrganisationRepository organisations;
    private final Accounts accounts;

    DemoRegion(SharingGroupRepository groups, OrganisationRepository organisations, Accounts accounts) {
        this.groups = groups;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    void establish() {
        SharingGroup region = groups.findByName(REGION).orElseGet(() -> groups.save(new SharingGroup(REGION, GroupKind.REGION)));
        SharingGroup national = groups.findByName(NATIONAL)
                .orElseGet(() -> groups.save(new SharingGroup(NATIONAL, GroupKind.NATIONAL)));
        for (String name : COUNCILS) {
            Organisation council = organisations.findByName(name)
                    .orElseGet(() -> organisations.save(new Organisation(name, OrganisationKind.COUNCIL)));
            region.admit(council.getId());
            national.admit(council.getId());
        }
        accounts.adviseGroup("adviser", region.getId());
    }
}
