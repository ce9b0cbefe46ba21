package org.oversight.bench;

import java.sql.SQLException;
import java.time.Instant;

/**
 * Every council a member of "National", sharing its first plan and all its indicators with it, and
 * an adviser of "National" ({@code bench-adviser}) who reads the view across councils.
 */
final class SharingData {
    static final String ADVISER = "bench-adviser";
    private final Rows rows;
    private final long national;

    private SharingData(Rows rows, long national) {
        this.rows = rows;
        this.national = national;
    }

    static SharingData national(Rows rows, Ids ids) throws SQLException {
        rows.table("sharing_group", "id", "name", "kind");
        rows.table("sharing_group_member", "group_id", "organisation_id");
        rows.table("shared_item", "id", "organisation_id", "group_id", "subject", "plan_id", "indicator_codes", "shared_by",
                "shared_at");
        long group = ids.next("sharing_group");
        rows.add("sharing_group", group, "National", "NATIONAL");
        return new SharingData(rows, group);
    }

    long group() {
        return national;
    }

    void share(Council council, long plan, Ids ids) throws SQLException {
        rows.add("sharing_group_member", national, council.organisation());
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        rows.add("shared_item", ids.next("shared_item"), council.organisation(), national, "PLAN", plan, null, council.manager(), at);
        rows.add("shared_item", ids.next("shared_item"), council.organisation(), national, "INDICATORS", null, null,
                council.manager(), at);
    }
}
