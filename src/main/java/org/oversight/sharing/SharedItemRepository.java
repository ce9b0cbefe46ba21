package org.oversight.sharing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SharedItemRepository extends JpaRepository<SharedItem, Long> {
    /** A plan shared with a group now, with its council's name, as the overview lists it. */
    record SharedPlan(long id, long revision, long ownerId, String council, String title, String source,
                      java.time.LocalDate sourceDate) {
    }

    /**
     * The live plans shared with the group now, each once, with their councils' names: one narrow
     * query, without loading a share or a plan, for the 153 councils of England.
     */
    @Query("select new org.oversight.sharing.SharedItemRepository$SharedPlan(p.id, p.revision, o.id, o.name, p.title,"
            + " p.source, p.sourceDate) from ActionPlan p join p.owner o where p.archived = false and p.id in"
            + " (select i.planId from SharedItem i where i.group.id = :group and i.withdrawnAt is null"
            + " and i.subject = org.oversight.sharing.SharedSubject.PLAN)")
    List<SharedPlan> plansSharedWith(@Param("group") long groupId);

    /** The councils sharing indicators with any of the groups now, and the codes each shares (none: every one). */
    @Query("select i.organisationId, i.indicatorCodes from SharedItem i where i.group.id in :groups"
            + " and i.withdrawnAt is null and i.subject = org.oversight.sharing.SharedSubject.INDICATORS")
    List<Object[]> indicatorSharesIn(@Param("groups") java.util.Collection<Long> groupIds);

    List<SharedItem> findByGroupIdAndWithdrawnAtIsNull(long groupId);

    List<SharedItem> findByOrganisationIdOrderBySharedAtDesc(long organisationId);

    /** The groups the council shares indicators with now, and the codes each share names (none: every one). */
    @Query("select i.group.id, i.indicatorCodes from SharedItem i where i.organisationId = :council"
            + " and i.withdrawnAt is null and i.subject = org.oversight.sharing.SharedSubject.INDICATORS")
    List<Object[]> indicatorSharesOf(@Param("council") long organisationId);

    List<SharedItem> findByPlanIdAndWithdrawnAtIsNull(long planId);
}
