package org.oversight.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.Random;

/**
 * One council in the generated service: its organisation, the NHS partner, their leads and the
 * accounts that sign in, each belonging to its organisation (the council's plan manager, eight
 * action leads who hold the first eight leads and a viewer; the partner's lead who holds its first lead).
 */
record Council(int number, long organisation, long partner, List<Long> leads, List<Long> partnerLeads) {
    static final int LEADS = 24;
    static final int PARTNER_LEADS = 4;
    static final int LEAD_ACCOUNTS = 8;

    String code() {
        return String.format("c%03d", number);
    }

    String name() {
        return String.format("Council %03d", number);
    }

    String manager() {
        return code() + "-manager";
    }

    long lead(Random random) {
        return leads.get(random.nextInt(leads.size()));
    }

    long partnerLead(Random random) {
        return partnerLeads.get(random.nextInt(partnerLeads.size()));
    }

    String leadName(Random random) {
        return "Head of service " + (1 + random.nextInt(LEADS)) + ", " + name();
    }

    static void tables(Rows rows) throws SQLException {
        rows.table("organisation", "id", "name", "kind");
        rows.table("lead", "id", "kind", "name", "organisation_id", "held_by");
        rows.table("account", "id", "username", "display_name", "password_hash", "role", "enabled", "failed_attempts",
                "organisation_id");
    }

    static Council write(int number, Rows rows, Ids ids, String passwordHash) throws SQLException {
        String code = String.format("c%03d", number);
        String name = String.format("Council %03d", number);
        long council = ids.next("organisation");
        rows.add("organisation", council, name + " Borough Council", "COUNCIL");
        long nhs = ids.next("organisation");
        rows.add("organisation", nhs, name + " Integrated Care Board", "NHS");
        List<Long> leads = new java.util.ArrayList<>();
        for (int i = 1; i <= LEADS; i++) {
            long id = ids.next("lead");
            rows.add("lead", id, "ROLE", "Head of service " + i + ", " + name, council, i <= LEAD_ACCOUNTS ? code + "-lead" + i : null);
            leads.add(id);
        }
        List<Long> partners = new java.util.ArrayList<>();
        for (int i = 1; i <= PARTNER_LEADS; i++) {
            long id = ids.next("lead");
            rows.add("lead", id, "ROLE", "Designated nurse " + i + ", " + name, nhs, i == 1 ? code + "-nhslead" : null);
            partners.add(id);
        }
        account(rows, ids, code + "-manager", "Plan manager, " + name, passwordHash, "PLAN_MANAGER", council);
        account(rows, ids, code + "-viewer", "Councillor, " + name, passwordHash, "VIEWER", council);
        for (int i = 1; i <= LEAD_ACCOUNTS; i++) {
            account(rows, ids, code + "-lead" + i, "Head of service " + i + ", " + name, passwordHash, "ACTION_LEAD", council);
        }
        account(rows, ids, code + "-nhslead", "Designated nurse 1, " + name, passwordHash, "ACTION_LEAD", nhs);
        return new Council(number, council, nhs, leads, partners);
    }

    /** An account of the organisation; null: one that serves the whole instance. */
    static void account(Rows rows, Ids ids, String username, String displayName, String hash, String role, Long organisation)
            throws SQLException {
        rows.add("account", ids.next("account"), username, displayName, hash, role, true, 0, organisation);
    }
}
