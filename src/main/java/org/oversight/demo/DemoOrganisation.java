package org.oversight.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.plan.Lead;
import org.oversight.plan.LeadKind;
import org.oversight.plan.LeadRepository;
import org.oversight.plan.Organisation;
import org.oversight.plan.OrganisationKind;
import org.oversight.plan.OrganisationRepository;

/**
 * The fictional organisations of the demo and the leads who own its actions: roles, named
 * people and partner bodies. Existing organisations and leads with the same names are reused.
 */
final class DemoOrganisation {
    static final String COUNCIL = "Kingsmead Borough Council";
    static final String TRUST = "Kingsmead and District NHS Foundation Trust";
    static final String POLICE = "Mercia Vale Police";
    static final String PARTNERSHIP = "Kingsmead Safeguarding Children Partnership";
    static final String LEAD_ACCOUNT = "lead";
    static final String NHS_LEAD_ACCOUNT = "nhslead";

    /** key, kind, name, organisation, account holding it (or null). */
    private record LeadRow(String key, LeadKind kind, String name, String organisation, String heldBy) {
    }

    private static final List<LeadRow> LEADS = List.of(
            new LeadRow("dcs", LeadKind.ROLE, "Director of Children's Services", COUNCIL, null),
            new LeadRow("adcsc", LeadKind.ROLE, "Assistant Director, Children's Social Care", COUNCIL, null),
            new LeadRow("adqpc", LeadKind.ROLE, "Assistant Director, Quality, Performance and Commissioning", COUNCIL, null),
            new LeadRow("hosfd", LeadKind.ROLE, "Head of Service, Front Door and Early Help", COUNCIL, LEAD_ACCOUNT),
            new LeadRow("hosqa", LeadKind.ROLE, "Head of Safeguarding and Quality Assurance", COUNCIL, null),
            new LeadRow("smra", LeadKind.ROLE, "Service Manager, Referral and Assessment", COUNCIL, null),
            new LeadRow("smcp", LeadKind.ROLE, "Service Manager, Children in Need and Child Protection", COUNCIL, null),
            new LeadRow("psw", LeadKind.ROLE, "Principal Social Worker", COUNCIL, null),
            new LeadRow("hwd", LeadKind.ROLE, "Head of Workforce Development", COUNCIL, null),
            new LeadRow("hpbi", LeadKind.ROLE, "Head of Performance and Business Intelligence", COUNCIL, null),
            new LeadRow("ehpm", LeadKind.ROLE, "Early Help Partnership Manager", COUNCIL, null),
            new LeadRow("hrbp", LeadKind.ROLE, "HR Business Partner, Children's Services", COUNCIL, null),
            new LeadRow("jordan", LeadKind.PERSON, "Jordan Ellis", COUNCIL, LEAD_ACCOUNT),
            new LeadRow("marcus", LeadKind.PERSON, "Marcus Adeyemi", COUNCIL, null),
            new LeadRow("rebecca", LeadKind.PERSON, "Rebecca Hartley", COUNCIL, null),
            new LeadRow("dnsc", LeadKind.ROLE, "Designated Nurse for Safeguarding Children", TRUST, NHS_LEAD_ACCOUNT),
            new LeadRow("nnsc", LeadKind.ROLE, "Named Nurse for Safeguarding Children", TRUST, null),
            new LeadRow("ndsc", LeadKind.ROLE, "Named Doctor for Safeguarding Children", TRUST, null),
            new LeadRow("dnq", LeadKind.ROLE, "Director of Nursing and Quality", TRUST, null),
            new LeadRow("helen", LeadKind.PERSON, "Dr Helen Osei", TRUST, null),
            new LeadRow("trust", LeadKind.BODY, TRUST, TRUST, null),
            new LeadRow("police", LeadKind.BODY, POLICE, POLICE, null),
            new LeadRow("kscp", LeadKind.BODY, PARTNERSHIP, PARTNERSHIP, null));

    private final OrganisationRepository organisations;
    private final LeadRepository leads;

    DemoOrganisation(OrganisationRepository organisations, LeadRepository leads) {
        this.organisations = organisations;
        this.leads = leads;
    }

    /** Saves the organisations and leads and returns the leads by their demo key. */
    DemoLeads establish() {
        organisation(COUNCIL, OrganisationKind.COUNCIL);
        organisation(TRUST, OrganisationKind.NHS);
        organisation(POLICE, OrganisationKind.POLICE);
        organisation(PARTNERSHIP, OrganisationKind.OTHER);
        Map<String, Lead> byKey = new HashMap<>();
        for (LeadRow row : LEADS) {
            byKey.put(row.key(), lead(row));
        }
        return new DemoLeads(byKey, organisation(COUNCIL, OrganisationKind.COUNCIL));
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        return organisations.findByName(name).orElseGet(() -> organisations.save(new Organisation(name, kind)));
    }

    private Lead lead(LeadRow row) {
        Lead lead = leads.findByKindAndName(row.kind(), row.name())
                .orElseGet(() -> new Lead(row.kind(), row.name(), organisations.findByName(row.organisation()).orElseThrow()));
        if (row.heldBy() != null && lead.getHeldBy() == null) {
            lead.assignTo(row.heldBy());
        }
        return leads.save(lead);
    }
}
