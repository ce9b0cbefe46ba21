package org.oversight.demo;

import java.util.Map;
import org.oversight.account.Accounts;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;

/**
 * Which organisation each demo account belongs to, so the demo shows organisation scoping: the
 * council's people in the council, the NHS partner lead in the NHS trust (who still reads and
 * updates the council plan's actions they lead), and a plan manager of a neighbouring council who
 * reads Kingsmead's published plan and changes nothing of it. The administrator belongs to no
 * organisation: they serve the whole instance.
 */
final class DemoMembership {
    static final String NEIGHBOUR = "Ashcombe Borough Council";
    private static final Map<String, String> MEMBERS = Map.of(
            "manager", DemoOrganisation.COUNCIL,
            DemoOrganisation.LEAD_ACCOUNT, DemoOrganisation.COUNCIL,
            "viewer", DemoOrganisation.COUNCIL,
            DemoOrganisation.NHS_LEAD_ACCOUNT, DemoOrganisation.TRUST,
            "neighbour", NEIGHBOUR);

    private final OrganisationRepository organisations;
    private final Accounts accounts;

    DemoMembership(OrganisationRepository organisations, Accounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /**
     * Places each demo account in its organisation (on every start, so that the neighbour never
     * serves the whole instance); the neighbouring council is created if missing. An organisation
     * the database does not hold (a demo over other data) leaves its accounts as they are.
     */
    void place() {
        organisations.findByName(NEIGHBOUR)
                .orElseGet(() -> organisations.save(new Organisation(NEIGHBOUR, OrganisationKind.COUNCIL)));
        MEMBERS.forEach((username, organisation) -> organisations.findByName(organisation)
                .ifPresent(o -> accounts.placeIn(username, o.getId())));
    }
}
