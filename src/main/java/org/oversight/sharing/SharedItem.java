package org.oversight.sharing;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One thing a council has chosen to share with one group: a plan, or a set of its indicators (by
 * code; none named means all of them). Withdrawn, never deleted, so the record of who shared
 * what and when stays. A withdrawn share is no longer seen by anyone in the group, whatever date
 * they look at.
 */
@Entity
@Table(name = "shared_item")
public class SharedItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organisation_id")
    private long organisationId;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "group_id")
    private SharingGroup group;
    @Enumerated(EnumType.STRING)
    private SharedSubject subject;
    @Column(name = "plan_id")
    private Long planId;
    @Column(name = "indicator_codes")
    private String indicatorCodes;
    @Column(name = "shared_by")
    private String sharedBy;
    @Column(name = "shared_at")
    private Instant sharedAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected SharedItem() {
    }

    private SharedItem(long organisationId, SharingGroup group, SharedSubject subject, String by, Instant at) {
        if (!group.hasMember(organisationId)) {
            throw new IllegalArgumentException("The organisation is not a member of " + group.getName());
        }
        this.organisationId = organisationId;
        this.group = group;
        this.subject = subject;
        this.sharedBy = by;
        this.sharedAt = at;
    }

    static SharedItem plan(long organisationId, long planId, SharingGroup group, String by, Instant at) {
        SharedItem item = new SharedItem(organisationId, group, SharedSubject.PLAN, by, at);
        item.planId = planId;
        return item;
    }

    static SharedItem indicators(long organisationId, List<String> codes, SharingGroup group, String by, Instant at) {
        SharedItem item = new SharedItem(organisationId, group, SharedSubject.INDICATORS, by, at);
        item.indicatorCodes = codes.isEmpty() ? null : String.join(",", codes);
        return item;
    }

    /** Takes the share back: from now on nobody in the group sees it. */
    void withdraw(String by, Instant at) {
        if (withdrawnAt != null) {
            throw new IllegalStateException("This was already withdrawn");
        }
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    public boolean isLive() { return withdrawnAt == null; }

    /** The codes as stored (comma-separated), empty for none: every indicator of the council. */
    private static List<String> codesOf(String stored) {
        return stored == null ? List.of() : Arrays.asList(stored.split(","));
    }

    /** Whether a share of the codes as stored (none: every indicator) covers the indicator code. */
    static boolean covers(String storedCodes, String code) {
        List<String> codes = codesOf(storedCodes);
        return codes.isEmpty() || codes.contains(code);
    }

    /** The indicator codes shared, empty when every indicator of the council is. */
    public List<String> indicatorCodes() {
        return codesOf(indicatorCodes);
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public SharingGroup getGroup() { return group; }
    public SharedSubject getSubject() { return subject; }
    public Long getPlanId() { return planId; }
    public String getSharedBy() { return sharedBy; }
    public Instant getSharedAt() { return sharedAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
}
